import { useLanguage } from '../language-context';
import { exportMessages } from './messages';

/**
 * How far an export is, for one that takes longer than half a second (see export-progress.ts):
 * a bar and the per cent in words, as a progressbar a screen reader can read.
 */
export function ExportProgressBar({ fraction }: { fraction: number | null }) {
  const t = exportMessages(useLanguage());
  if (fraction === null) return null;
  const percent = Math.floor(fraction * 100);
  return (
    <div
      className="export-progress"
      role="progressbar"
      aria-label={t.progressLabel}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={t.progressText(percent)}
    >
      <span className="export-progress-track" aria-hidden="true">
        <span className="export-progress-done" style={{ width: `${percent}%` }} />
      </span>
      <span className="export-progress-text" aria-hidden="true">
        {t.progressText(percent)}
      </span>
    </div>
  );
}
