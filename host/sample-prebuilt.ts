/**
 * The sample pack as the bundled command line carries it, made when the bundle is built
 * (scripts/cli-bundle.mjs puts it here, as host/sample-json.ts writes it). Run from the sources
 * there is none, and the sample letter is imported on each --sample.
 */
export const PREBUILT_SAMPLE_PACK: string | null = null;
