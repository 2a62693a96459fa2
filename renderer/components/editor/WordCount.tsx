import type { AgendaItem, BriefingPack } from '../../../core/model/pack';
import type { Template } from '../../../core/template/schema';
import { estimatePages, itemWords, packWords } from '../../find/word-count';
import { useEditorMessages } from '../../i18n/editor';

/** Words in this item and in the pack, and the pages the pack will roughly fill. */
export function WordCount({ pack, item, template }: { pack: BriefingPack; item: AgendaItem | undefined; template: Template }) {
  const m = useEditorMessages();
  const pages = estimatePages(pack, template.includeSourceText);
  return (
    <p className="word-count" role="group" aria-label={m.wordCount}>
      {item && <span>{m.itemWords(itemWords(item))}</span>}
      <span>{m.packWords(packWords(pack))}</span>
      <span title={m.pagesExplained}>{m.pages(pages)}</span>
    </p>
  );
}
