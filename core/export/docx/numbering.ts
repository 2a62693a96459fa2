/**
 * List numbering, written as numbering.xml by us. Each numbered list gets a
 * w:num of its own with a start override, which is how Word itself restarts
 * a list at 1. (docx's own list instances resolve by rescanning the whole
 * document once per list: quadratic, seconds for a large pack.) Bullets have
 * no counters, so every bulleted list shares one w:num.
 */
import { bulletAt } from '../list-markers';

export type ListKind = 'bulleted' | 'numbered';

const LEVELS = 9;
const INDENT_TWIPS = 360;
const ABSTRACT_ID: Readonly<Record<ListKind, number>> = { bulleted: 0, numbered: 1 };
const BULLETED_NUM_ID = 1;

function abstractNum(kind: ListKind): string {
  let levels = '';
  for (let level = 0; level < LEVELS; level++) {
    // The PDF's markers (list-markers.ts): its own level's number only, "1.", never "a." or "i.".
    const format = kind === 'bulleted' ? 'bullet' : 'decimal';
    const text = kind === 'bulleted' ? bulletAt(level) : `%${level + 1}.`;
    levels +=
      `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>` +
      `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${INDENT_TWIPS * (level + 1)}" w:hanging="${INDENT_TWIPS}"/></w:pPr></w:lvl>`;
  }
  return `<w:abstractNum w:abstractNumId="${ABSTRACT_ID[kind]}"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum>`;
}

export interface ListInstance {
  kind: ListKind;
  numId: number;
}

export class NumberingPlan {
  /** Start level of each numbered list, by numId. */
  private readonly numberedStarts = new Map<number, number>();
  private nextNumId = BULLETED_NUM_ID + 1;

  /** A new list whose first items sit at `level`; numbered lists restart at 1. */
  startList(kind: ListKind, level: number): ListInstance {
    if (kind === 'bulleted') return { kind, numId: BULLETED_NUM_ID };
    const numId = this.nextNumId++;
    this.numberedStarts.set(numId, level);
    return { kind, numId };
  }

  toXml(): string {
    let nums = `<w:num w:numId="${BULLETED_NUM_ID}"><w:abstractNumId w:val="${ABSTRACT_ID.bulleted}"/></w:num>`;
    for (const [numId, level] of this.numberedStarts) {
      nums +=
        `<w:num w:numId="${numId}"><w:abstractNumId w:val="${ABSTRACT_ID.numbered}"/>` +
        `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    }
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      abstractNum('bulleted') +
      abstractNum('numbered') +
      nums +
      '</w:numbering>'
    );
  }
}

/** A list paragraph's reference to its list instance (w:numPr). */
export function listReference(list: ListInstance, level: number): { numId: number; level: number } {
  return { numId: list.numId, level: Math.min(level, LEVELS - 1) };
}
