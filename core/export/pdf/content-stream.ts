/**
 * Writes a page's boxes as PDF content-stream operators, as bytes.
 * Writing the operators directly (instead of one drawText call per run) is what
 * keeps a several-hundred-page pack fast: one stream per page, no per-run objects.
 */
import type { Box, RectBox, StructElem, TextBox } from './boxes';
import type { FontStyle } from '../../template/schema';
import { ContentBytes } from './content-bytes';
import type { GlyphEncoder } from './glyph-codes';

/** Numbers with at most 3 decimals and no trailing zeros: compact and exact enough (1/1000 pt). */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function rgb(hex: string): string {
  const channel = (i: number) => num(parseInt(hex.slice(i, i + 2), 16) / 255);
  return `${channel(0)} ${channel(2)} ${channel(4)}`;
}

/** Marked content: each run of boxes of one structure element gets an MCID; everything untagged is an artifact. */
export interface MarkedContent {
  /** Called for each new marked-content sequence; returns its MCID on this page, or null to make it an artifact. */
  mark(elem: StructElem): number | null;
}

/** Marks everything as an artifact: for page furniture stamped on pages whose structure is not ours. */
export const ALL_ARTIFACTS: MarkedContent = { mark: () => null };

export function contentStream(
  boxes: readonly Box[],
  fontNames: Readonly<Record<FontStyle, string>>,
  encode: GlyphEncoder,
  marked: MarkedContent | null = null,
): Uint8Array {
  const out = new ContentBytes();
  const op = (text: string): void => void out.ascii(text).ascii('\n');
  let fill = '';
  const setFill = (color: string): void => {
    if (color !== fill) op(`${rgb(color)} rg`);
    fill = color;
  };
  // Text and rectangles alternate only where a line mixes them, so BT/ET pairs stay few.
  let inText = false;
  let font = '';
  const endText = (): void => {
    if (inText) op('ET');
    inText = false;
  };
  // Marked-content sequences and text objects must nest: a sequence opened inside BT closes before ET.
  // Runs of text stay in one text object (and keep their font), switching sequences inside it.
  let open: StructElem | 'artifact' | null = null;
  let openInsideText = false;
  const close = (): void => {
    if (open === null) return;
    if (!openInsideText) endText();
    op('EMC');
    open = null;
  };
  const enter = (elem: StructElem | undefined, forPath: boolean): void => {
    if (!marked) return;
    const want = elem ?? 'artifact';
    // Paths cannot be drawn inside a text object, so a sequence opened inside one is reopened outside.
    if (want === open && !(forPath && openInsideText && inText)) return;
    close();
    if (forPath) endText();
    const mcid = want === 'artifact' ? null : marked.mark(want);
    op(mcid === null ? '/Artifact BMC' : `/${(want as StructElem).role} <</MCID ${mcid}>> BDC`);
    open = want;
    openInsideText = inText;
  };
  const rect = (box: RectBox): void => {
    enter(box.tag, true);
    endText();
    setFill(box.color);
    op(`${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)} re f`);
  };
  const text = (box: TextBox): void => {
    enter(box.tag, false);
    if (!inText) {
      op('BT');
      font = '';
    }
    inText = true;
    setFill(box.color);
    const selected = `/${fontNames[box.style]} ${num(box.size)} Tf`;
    if (selected !== font) op(selected);
    font = selected;
    if (box.rotate) {
      const angle = (box.rotate * Math.PI) / 180;
      const [c, s] = [Math.cos(angle), Math.sin(angle)];
      op(`${num(c)} ${num(s)} ${num(-s)} ${num(c)} ${num(box.x)} ${num(box.y)} Tm`);
    } else {
      op(`1 0 0 1 ${num(box.x)} ${num(box.y)} Tm`);
    }
    encode.write(box.text, box.style, out);
    op(' Tj');
  };
  for (const box of boxes) {
    if (box.kind === 'text') text(box);
    else if (box.kind === 'rect') rect(box);
  }
  if (open !== null && openInsideText) close();
  endText();
  close();
  return out.result();
}
