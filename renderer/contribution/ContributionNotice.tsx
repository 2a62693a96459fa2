import type { BriefingPack } from '../../core/model/pack';
import { useLanguage } from '../language-context';
import { contributionMessages } from './messages';

/**
 * The sendings the pack records, each with its colleague, day and items: in the
 * colleague's copy, what is asked of them; in the coordinator's pack, what is out
 * and what came back.
 */
export function ContributionNotice({ pack, saved }: { pack: BriefingPack; saved: string | null }) {
  const t = contributionMessages(useLanguage());
  const contributions = pack.contributions ?? [];
  if (contributions.length === 0 && !saved) return null;
  const titles = new Map(pack.items.map((item) => [item.id, item.title]));
  return (
    <section className="contribution-notice" aria-label={t.noticeLabel}>
      {contributions.map((contribution) => (
        <p key={contribution.id}>
          {t.sent(contribution.colleague, contribution.sentAt, contribution.itemIds.flatMap((id) => titles.get(id) ?? []))}
          {contribution.returnedAt && ` ${t.returnedOn(contribution.returnedAt)}`}
        </p>
      ))}
      {saved && <p role="status">{t.saved(saved)}</p>}
    </section>
  );
}
