/**
 * Writes a page's boxes as PDF content-stream operators, as one string.
 * Writing the operators directly (instead of one drawText call per run) is what
 * keeps a several-hundred-page pack fast: one stream per page, no per-run objects.
 */
import type { Box, RectBox, TextBox } from './boxes';
import type { FontStyle } from '../../template/schema';

/** Turns text into a PDF string of glyph codes of the embedded font for style, e.g. "(\\0\\022)". */
export type GlyphEncoder = (text: string, style: FontStyle) => string;

/** Numbers with at most 3 decimals and no trailing zeros: compact and exact enough (1/1000 pt). */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function rgb(hex: string): string {
  const channel = (i: number) => num(parseInt(hex.slice(i, i + 2), 16) / 255);
  return `${channel(0)} ${channel(2)} ${channel(4)}`;
}

export function contentStream(boxes: readonly Box[], fontNames: Readonly<Record<FontStyle, string>>, encode: GlyphEncoder): string {
  const ops: string[] = [];
  let fill = '';
  const setFill = (color: string): void => {
    if (color !== fill) ops.push(`${rgb(color)} rg`);
    fill = color;
  };
  // Text and rectangles alternate only where a line mixes them, so BT/ET pairs stay few.
  let inText = false;
  let font = '';
  const rect = (box: RectBox): void => {
    if (inText) ops.push('ET');
    inText = false;
    setFill(box.color);
    ops.push(`${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)} re f`);
  };
  const text = (box: TextBox): void => {
    if (!inText) {
      ops.push('BT');
      font = '';
    }
    inText = true;
    setFill(box.color);
    const selected = `/${fontNames[box.style]} ${num(box.size)} Tf`;
    if (selected !== font) ops.push(selected);
    font = selected;
    if (box.rotate) {
      const angle = (box.rotate * Math.PI) / 180;
      const [c, s] = [Math.cos(angle), Math.sin(angle)];
      ops.push(`${num(c)} ${num(s)} ${num(-s)} ${num(c)} ${num(box.x)} ${num(box.y)} Tm`);
    } else {
      ops.push(`1 0 0 1 ${num(box.x)} ${num(box.y)} Tm`);
    }
    ops.push(`${encode(box.text, box.style)} Tj`);
  };
  for (const box of boxes) {
    if (box.kind === 'text') text(box);
    else if (box.kind === 'rect') rect(box);
  }
  if (inText) ops.push('ET');
  return ops.join('\n');
}
