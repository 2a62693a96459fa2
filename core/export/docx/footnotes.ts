/**
 * Footnotes or endnotes (template.footnotes), collected in reading order.
 * Word numbers notes by position; ids only need to be unique.
 */
import { Paragraph, TextRun } from 'docx';
import { STYLE } from './styles';
import { xmlSafe } from '../xml-text';
import { run, runProperties } from './wml';

export type NoteKind = 'page' | 'endnotes';

type NoteOptions = Record<string, { children: Paragraph[] }>;

export class NoteCollector {
  private readonly notes: string[] = [];

  constructor(readonly kind: NoteKind) {}

  /** Registers a note and returns the reference to put in the text. */
  add(note: string): string {
    this.notes.push(note);
    const id = this.notes.length;
    return this.kind === 'page'
      ? run(`<w:footnoteReference w:id="${id}"/>`, runProperties({ style: STYLE.footnoteReference }))
      : run(`<w:endnoteReference w:id="${id}"/>`, runProperties({ style: STYLE.endnoteReference }));
  }

  get count(): number {
    return this.notes.length;
  }

  private options(style: string): NoteOptions {
    const out: NoteOptions = {};
    this.notes.forEach((note, index) => {
      const lines = xmlSafe(note).split('\n');
      out[String(index + 1)] = {
        children: [
          new Paragraph({
            style,
            children: lines.map((text, i) => new TextRun({ text: i === 0 ? ` ${text}` : text, ...(i > 0 && { break: 1 }) })),
          }),
        ],
      };
    });
    return out;
  }

  /** The document options for whichever kind this collects. */
  documentOptions(): { footnotes?: NoteOptions; endnotes?: NoteOptions } {
    if (this.notes.length === 0) return {};
    return this.kind === 'page' ? { footnotes: this.options(STYLE.footnoteText) } : { endnotes: this.options(STYLE.endnoteText) };
  }
}
