/**
 * The sample pack as JSON, with the letter it was imported from, so the command line can carry it
 * ready-made instead of running the importer on every --sample (the importer and mammoth were a
 * third of the sample export's start). A different letter gives no pack: it is imported again.
 */
import type { PackContents } from '../core/pack/container';

interface SamplePackJson {
  letter: string;
  pack: PackContents['pack'];
  annexFiles: [name: string, base64: string][];
}

export function samplePackToJson(letter: string, { pack, annexFiles, ...rest }: PackContents): string {
  // The sample has a pack and its annex only; anything more would be lost, so it is refused here.
  const extra = Object.keys(rest);
  if (extra.length > 0) throw new Error(`the sample pack has ${extra.join(', ')}, which its JSON does not hold`);
  const json: SamplePackJson = { letter, pack, annexFiles: [...annexFiles].map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')]) };
  return JSON.stringify(json);
}

/** The pack, when it was made from this letter; otherwise null. */
export function samplePackFromJson(text: string, letter: string): PackContents | null {
  const json = JSON.parse(text) as SamplePackJson;
  if (json.letter !== letter) return null;
  return { pack: json.pack, annexFiles: new Map(json.annexFiles.map(([name, base64]) => [name, new Uint8Array(Buffer.from(base64, 'base64'))])) };
}
