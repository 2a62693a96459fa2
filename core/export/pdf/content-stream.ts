/**
 * Writes a page's boxes as PDF content-stream operators, as bytes.
 * Writing the operators directly (instead of one drawText call per run) is what
 * keeps a several-hundred-page pack fast: one stream per page, no per-run objects.
 */
import type { Box, ImageBox, RectBox, StructElem, TextBox } from './boxes';
import type { FontStyle } from '../../template/schema';
import { ContentBytes, num } from './content-bytes';
import type { GlyphEncoder } from './glyph-codes';

/** A fill colour operator per theme colour ("rrggbb"); a pack uses a handful. */
const fillOperators = new Map<string, string>();
function fillOperator(hex: string): string {
  let operator = fillOperators.get(hex);
  if (operator === undefined) {
    const channel = (i: number) => num(parseInt(hex.slice(i, i + 2), 16) / 255);
    operator = `${channel(0)} ${channel(2)} ${channel(4)} rg`;
    fillOperators.set(hex, operator);
  }
  return operator;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const SLASH = 0x2f;

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
  /** The XObject name of each picture by media id; a picture without one is not drawn. */
  imageNames: ReadonlyMap<string, string> = new Map(),
): Uint8Array {
  const out = new ContentBytes();
  const op = (text: string): void => void out.ascii(text).ascii('\n');
  let fill = '';
  const setFill = (color: string): void => {
    if (color !== fill) op(fillOperator(color));
    fill = color;
  };
  // Text and rectangles alternate only where a line mixes them, so BT/ET pairs stay few.
  let inText = false;
  let font: FontStyle | null = null;
  let fontSize = 0;
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
    if (mcid === null) op('/Artifact BMC');
    else out.byte(SLASH).ascii((want as StructElem).role).ascii(' <</MCID ').number(mcid).ascii('>> BDC\n');
    open = want;
    openInsideText = inText;
  };
  const rect = (box: RectBox): void => {
    enter(box.tag, true);
    endText();
    setFill(box.color);
    out.number(box.x).byte(SPACE).number(box.y).byte(SPACE).number(box.width).byte(SPACE).number(box.height).ascii(' re f\n');
  };
  const text = (box: TextBox): void => {
    enter(box.tag, false);
    if (!inText) {
      op('BT');
      font = null;
    }
    inText = true;
    setFill(box.color);
    if (box.style !== font || box.size !== fontSize) out.byte(SLASH).ascii(fontNames[box.style]).byte(SPACE).number(box.size).ascii(' Tf\n');
    font = box.style;
    fontSize = box.size;
    if (box.rotate) {
      const angle = (box.rotate * Math.PI) / 180;
      const [c, s] = [Math.cos(angle), Math.sin(angle)];
      out.number(c).byte(SPACE).number(s).byte(SPACE).number(-s).byte(SPACE).number(c).byte(SPACE);
    } else {
      out.ascii('1 0 0 1 ');
    }
    out.number(box.x).byte(SPACE).number(box.y).ascii(' Tm\n');
    encode.write(box.spaceAfter ? `${box.text} ` : box.text, box.style, out);
    out.ascii(' Tj').byte(NEWLINE);
  };
  const image = (box: ImageBox): void => {
    const name = imageNames.get(box.media);
    if (!name) return;
    enter(box.tag, true);
    endText();
    out.ascii('q ').number(box.width).ascii(' 0 0 ').number(box.height).byte(SPACE).number(box.x).byte(SPACE).number(box.y).ascii(' cm /').ascii(name).ascii(' Do Q\n');
  };
  for (const box of boxes) {
    if (box.kind === 'text') text(box);
    else if (box.kind === 'rect') rect(box);
    else if (box.kind === 'image') image(box);
  }
  if (open !== null && openInsideText) close();
  endText();
  close();
  return out.result();
}
