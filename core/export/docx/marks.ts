/**
 * Marks at character offsets of a block's plain text (comment ranges, notes
 * after a passage), as WordprocessingML. Offsets count text and link text;
 * footnotes count 0; the runs of a list (its items) or a table (its cells)
 * are joined by one character each, as the comment anchors in the model
 * count them.
 */

export interface Mark {
  offset: number;
  /** Order among marks at the same offset: lower first. */
  order: number;
  /** Runs and range markers (not bookmarks, which are not single elements). */
  xml: string;
}

export class MarkCursor {
  private position = 0;
  private next = 0;
  private readonly marks: Mark[];

  constructor(marks: readonly Mark[]) {
    this.marks = [...marks].sort((a, b) => a.offset - b.offset || a.order - b.order);
  }

  /** Marks that fall before `offset`, in order. */
  private until(offset: number, inclusive: boolean): string {
    let xml = '';
    while (this.next < this.marks.length) {
      const mark = this.marks[this.next]!;
      if (inclusive ? mark.offset > offset : mark.offset >= offset) break;
      xml += mark.xml;
      this.next++;
    }
    return xml;
  }

  /** Interleaves marks with the pieces of a text leaf; `runs` writes a piece. */
  text(text: string, runs: (piece: string) => string): string {
    let xml = this.until(this.position, true);
    let cut = 0;
    while (this.next < this.marks.length && this.marks[this.next]!.offset < this.position + text.length) {
      const at = this.marks[this.next]!.offset - this.position;
      if (at > cut) xml += runs(text.slice(cut, at));
      cut = Math.max(cut, at);
      xml += this.until(this.position + at, true);
    }
    if (cut < text.length) xml += runs(text.slice(cut));
    this.position += text.length;
    return xml;
  }

  /** An unsplittable stretch (a link): marks inside it move to its start or end. */
  atom(length: number, content: string): string {
    const before = this.until(this.position, true);
    this.position += length;
    return before + content + this.until(this.position, false);
  }

  /** The one character between two runs of the block. */
  separator(): void {
    this.position += 1;
  }

  /** Whatever is left once the block is written (offsets past its end). */
  rest(): string {
    return this.until(Number.POSITIVE_INFINITY, true);
  }
}
