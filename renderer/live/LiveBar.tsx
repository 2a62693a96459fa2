import type { BriefingPack } from '../../core/model/pack';
import { useLanguage } from '../language-context';
import { liveMessages } from './messages';
import type { LiveSession } from './use-live-session';

/** The live session's state, and who else is in the pack and in which item. */
export function LiveBar({ live, pack }: { live: LiveSession; pack: BriefingPack }) {
  const t = liveMessages(useLanguage());
  const title = (itemId: string | null) => pack.items.find((item) => item.id === itemId)?.title ?? null;
  const others = live.others.map((other) => ({ name: other.name || '?', item: title(other.itemId) }));
  return (
    <div className={`live-bar live-${live.status}`} role="status" aria-label={t.title}>
      <span className="live-state">{t.status[live.status](live.server)}</span>
      <span className="live-presence">{others.length ? t.presence(others) : t.nobody}</span>
    </div>
  );
}
