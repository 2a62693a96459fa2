import { Paragraph, TextRun } from 'docx';
import { STYLE } from './styles';
import { xmlSafe } from './units';

/** Collects footnotes in reading order; Word numbers them by position, ids only need to be unique. */
export class FootnoteCollector {
  private readonly notes: string[] = [];

  add(note: string): number {
    this.notes.push(note);
    return this.notes.length;
  }

  toOptions(): Record<string, { children: Paragraph[] }> {
    const out: Record<string, { children: Paragraph[] }> = {};
    this.notes.forEach((note, index) => {
      const lines = xmlSafe(note).split('\n');
      out[String(index + 1)] = {
        children: [
          new Paragraph({
            style: STYLE.footnoteText,
            children: lines.map((text, i) => new TextRun({ text: i === 0 ? ` ${text}` : text, ...(i > 0 && { break: 1 }) })),
          }),
        ],
      };
    });
    return out;
  }
}
