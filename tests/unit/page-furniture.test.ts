import { describe, expect, it } from 'vitest';
import { coverFurniture, furnitureLines, furnitureText, pageTokens, type PageFurnitureLines } from '../../core/export/page-furniture';
import { syntheticPack } from '../../core/model/synthetic';
import { builtInTemplate } from '../helpers/docx';

const template = builtInTemplate('nl-ministeriele-briefing');
const MARKING = 'STG. CONFIDENTIEEL';
const tokens = pageTokens(syntheticPack(1), MARKING, '13 februari 2025');

function shown(lines: PageFurnitureLines, page = 3, pages = 9) {
  const text = (list: PageFurnitureLines['header']) => list.map((line) => `${line.marking ? '!' : ''}${furnitureText(line, page, pages)}`);
  return { header: text(lines.header), footer: text(lines.footer) };
}

describe('page furniture: the marking at the top and bottom of every page', () => {
  it('gives the built-in lines: the marking as the header, the footer line with the marking under it', () => {
    expect(shown(furnitureLines(template, tokens, 'body'))).toEqual({ header: [`!${MARKING}`], footer: ['DMM · pagina 3 van 9', `!${MARKING}`] });
  });

  it('gives the cover the marking alone, top and bottom', () => {
    expect(shown(coverFurniture(tokens))).toEqual({ header: [`!${MARKING}`], footer: [`!${MARKING}`] });
    expect(furnitureLines(template, tokens, 'cover')).toEqual(coverFurniture(tokens));
  });

  it('adds the marking above a header and below a footer that do not carry it, and never twice', () => {
    const custom = { ...template, header: '{meeting} {date}', footer: '{classification} · {page}/{pages}' };
    expect(shown(furnitureLines(custom, tokens, 'body'))).toEqual({ header: [`!${MARKING}`, 'DMM 13 februari 2025'], footer: [`!${MARKING} · 3/9`] });
    expect(shown(furnitureLines({ ...template, header: '', footer: ' {version} ' }, { ...tokens, version: '' }, 'body'))).toEqual({
      header: [`!${MARKING}`],
      footer: [`!${MARKING}`],
    });
  });

  it('numbers only the template\'s page tokens, not braces in the pack\'s own text', () => {
    const lines = furnitureLines(template, { ...tokens, meeting: 'Raad {pages}' }, 'body');
    expect(furnitureText(lines.footer[0]!, 3, 9)).toBe('Raad {pages} · pagina 3 van 9');
  });
});
