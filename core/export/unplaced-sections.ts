/**
 * The warning both exporters give for sections the template has no place
 * for: they are exported under their own label, and the person is told so.
 */
import { UserError } from '../i18n/errors';
import type { BriefingPack } from '../model/pack';
import { unplacedSections } from '../template/resolve-sections';
import type { Template } from '../template/schema';

/** How many items a warning names before it says "and N more". */
const ITEMS_NAMED = 3;

export function unplacedSectionWarnings(pack: BriefingPack, template: Template, catalog: readonly Template[]): UserError[] {
  return unplacedSections(pack, template, catalog).map(
    ({ label, items }) =>
      new UserError('export.unplaced-section', {
        label,
        template: template.id,
        count: items.length,
        items: items
          .slice(0, ITEMS_NAMED)
          .map(({ item, index }) => item.title.trim() || String(index + 1))
          .join(', '),
        more: Math.max(0, items.length - ITEMS_NAMED),
      }),
  );
}
