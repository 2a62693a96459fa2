/**
 * Which of an item's sections a template shows, and under which label. A
 * template's section takes the item's section of the same key, or of a key
 * it declares the same (`sameAs`, in either template); whatever the template
 * has no place for is kept under its own label, after the template's
 * sections. Nothing with content is ever left out: the exporters and the
 * editor both read this, so what the app shows is what the export holds.
 */
import type { AgendaItem, BriefingPack } from '../model/pack';
import type { RichText } from '../model/rich-text';
import { isBlankRichText } from '../model/walk';
import type { Template } from './schema';
import { ownSection, setOwnSection } from '../model/own-section';

export interface ResolvedSection {
  /** The key the item holds this section's text under (and an edit writes to). */
  key: string;
  label: string;
  /** False for a section the template has no place for, shown under its own label. */
  placed: boolean;
}

type Sections = Readonly<Record<string, RichText | undefined>>;

function hasContent(sections: Sections, key: string): boolean {
  const value = ownSection(sections, key);
  return value !== undefined && !isBlankRichText(value);
}

/** The keys that mean the same as a template's section, its own first. */
function equivalentKeys(key: string, sameAs: readonly string[] | undefined, catalog: readonly Template[]): string[] {
  const keys = [key, ...(sameAs ?? [])];
  // The correspondence counts from either side: another template may declare it.
  for (const other of catalog) {
    for (const section of other.sections) if (section.sameAs?.includes(key)) keys.push(section.key);
  }
  return [...new Set(keys)];
}

/** A section's own label: from the first template that declares its key, else the key itself. */
export function ownSectionLabel(key: string, catalog: readonly Template[]): string {
  for (const template of catalog) {
    const section = template.sections.find((s) => s.key === key);
    if (section) return section.label;
  }
  return key;
}

/**
 * The sections to show for one item under a template: the template's, in its
 * order, then those it has no place for (with content), in the item's order.
 * `catalog`: the templates known, for correspondences and labels.
 */
export function resolveSections(sections: Sections, template: Template, catalog: readonly Template[] = []): ResolvedSection[] {
  const claimed = new Set<string>();
  const out: ResolvedSection[] = [];
  for (const section of template.sections) {
    const keys = equivalentKeys(section.key, section.sameAs, catalog).filter((key) => !claimed.has(key));
    // Text first; then a key the item already has, so emptying a section does not move its editor.
    const key = keys.find((k) => hasContent(sections, k)) ?? keys.find((k) => Object.hasOwn(sections, k)) ?? keys[0] ?? section.key;
    claimed.add(key);
    out.push({ key, label: section.label, placed: true });
  }
  for (const key of Object.keys(sections)) {
    if (!claimed.has(key) && hasContent(sections, key)) out.push({ key, label: ownSectionLabel(key, catalog), placed: false });
  }
  return out;
}

/** A section of the pack the template has no place for, and the items that hold it. */
export interface UnplacedSection {
  key: string;
  label: string;
  items: { item: AgendaItem; index: number }[];
}

/** Every section with content the template has no place for, by key, in the order first met. */
export function unplacedSections(pack: BriefingPack, template: Template, catalog: readonly Template[] = []): UnplacedSection[] {
  const byKey = new Map<string, UnplacedSection>();
  const ordered = labelOrder(pack, catalog);
  pack.items.forEach((item, index) => {
    for (const section of resolveSections(item.sections, template, ordered)) {
      if (section.placed) continue;
      const entry = byKey.get(section.key) ?? { key: section.key, label: section.label, items: [] };
      entry.items.push({ item, index });
      byKey.set(section.key, entry);
    }
  });
  return [...byKey.values()];
}

/** Templates in the pack's language first, so a section's own label is in the language it was written in. */
export function labelOrder(pack: BriefingPack, catalog: readonly Template[]): Template[] {
  return [...catalog].sort((a, b) => Number(b.language === pack.language) - Number(a.language === pack.language));
}

/**
 * The pack and template as an exporter reads them: each item's sections under
 * the template's keys, and the template's sections followed by every section
 * some item holds that it has no place for, under its own label. The
 * exporters then need to know nothing of correspondences.
 */
export function resolvePackSections(pack: BriefingPack, template: Template, catalog: readonly Template[] = []): { pack: BriefingPack; template: Template } {
  const ordered = labelOrder(pack, catalog);
  const extra = new Map<string, string>();
  const items = pack.items.map((item) => {
    const resolved = resolveSections(item.sections, template, ordered);
    const sections: Record<string, RichText> = {};
    resolved.forEach((section, index) => {
      const value = ownSection(item.sections, section.key);
      const key = section.placed ? template.sections[index]!.key : section.key;
      if (value) setOwnSection(sections, key, value);
      if (!section.placed && !extra.has(key)) extra.set(key, section.label);
    });
    return { ...item, sections };
  });
  const sections = [...template.sections, ...[...extra].map(([key, label]) => ({ key, label }))];
  return { pack: { ...pack, items }, template: { ...template, sections } };
}
