/** The file in assets/samples the sample pack is built from (core/sample.ts). */
export const SAMPLE_LETTER_FILE = 'nato-dmm-2025-02-13_geannoteerde-agenda.txt';
