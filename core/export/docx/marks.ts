/**
 * Marks at character offsets of a block's plain text (comment ranges, notes
 * after a passage). Offsets count text and link text; footnotes count 0; the
 * runs of a list (its items) or a table (its cells) are joined by one
 * character each, as the comment anchors in the model count them.
 */
import type { ParagraphChild, XmlComponent } from 'docx';

/** What a mark may insert: runs and range markers (not bookmarks, which are not single elements). */
export type MarkChild = Extract<ParagraphChild, XmlComponent>;

export interface Mark {
  offset: number;
  /** Order among marks at the same offset: lower first. */
  order: number;
  children: readonly MarkChild[];
}

export class MarkCursor {
  private position = 0;
  private next = 0;
  private readonly marks: Mark[];

  constructor(marks: readonly Mark[]) {
    this.marks = [...marks].sort((a, b) => a.offset - b.offset || a.order - b.order);
  }

  /** Marks that fall before `offset`, in order. */
  private until(offset: number, inclusive: boolean): MarkChild[] {
    const out: MarkChild[] = [];
    while (this.next < this.marks.length) {
      const mark = this.marks[this.next]!;
      if (inclusive ? mark.offset > offset : mark.offset >= offset) break;
      out.push(...mark.children);
      this.next++;
    }
    return out;
  }

  /** Interleaves marks with the pieces of a text leaf; `runs` turns a piece into runs. */
  text(text: string, runs: (piece: string) => ParagraphChild[]): ParagraphChild[] {
    const out: ParagraphChild[] = [...this.until(this.position, true)];
    let cut = 0;
    while (this.next < this.marks.length && this.marks[this.next]!.offset < this.position + text.length) {
      const at = this.marks[this.next]!.offset - this.position;
      if (at > cut) out.push(...runs(text.slice(cut, at)));
      cut = Math.max(cut, at);
      out.push(...this.until(this.position + at, true));
    }
    if (cut < text.length) out.push(...runs(text.slice(cut)));
    this.position += text.length;
    return out;
  }

  /** An unsplittable stretch (a link): marks inside it move to its start or end. */
  atom(length: number, child: ParagraphChild[]): ParagraphChild[] {
    const before = this.until(this.position, true);
    this.position += length;
    return [...before, ...child, ...this.until(this.position, false)];
  }

  /** The one character between two runs of the block. */
  separator(): void {
    this.position += 1;
  }

  /** Whatever is left once the block is written (offsets past its end). */
  rest(): MarkChild[] {
    return this.until(Number.POSITIVE_INFINITY, true);
  }
}
