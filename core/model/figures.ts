/** The pictures of a pack, where they are: figures are top-level blocks of the introduction and the sections. */
import type { BriefingPack } from './pack';
import type { FigureElement, RichText } from './rich-text';

export interface PlacedFigure {
  figure: FigureElement;
  /** The item's title (or id); '' for the introduction. */
  item: string;
  section: string;
}

function figuresIn(value: RichText): FigureElement[] {
  return value.filter((block): block is FigureElement => block.type === 'figure');
}

export function packFigures(pack: Pick<BriefingPack, 'introduction' | 'items'>): PlacedFigure[] {
  const out: PlacedFigure[] = figuresIn(pack.introduction).map((figure) => ({ figure, item: '', section: '' }));
  for (const item of pack.items) {
    for (const [section, value] of Object.entries(item.sections)) {
      for (const figure of figuresIn(value)) out.push({ figure, item: item.title.trim() || item.id, section });
    }
  }
  return out;
}

/** The media ids the figures use. */
export function usedMediaIds(packs: readonly Pick<BriefingPack, 'introduction' | 'items'>[]): Set<string> {
  return new Set(packs.flatMap((pack) => packFigures(pack).map(({ figure }) => figure.media)));
}
