/**
 * The page preview beside the editors: the selected item's pages (or the
 * cover and contents) as the PDF export prints them, one page at a time, with
 * page navigation and zoom. Drawn by pdf.js from the worker's PDF.
 */
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { describeApiError } from '../i18n';
import { useLanguage } from '../language-context';
import { previewMessages } from './messages';
import { CSS_PER_POINT, drawPage, openPdf, pageSize } from './pdf-canvas';
import type { Preview } from './use-preview';
import { nextZoom, type Zoom } from './zoom';

/** Room kept free around the page when it fits the pane's width. */
const FIT_MARGIN = 32;

export function PreviewPane({ preview }: { preview: Preview }) {
  const language = useLanguage();
  const t = previewMessages(language);
  const { shown } = preview;
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [index, setIndex] = useState(0);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [paneWidth, setPaneWidth] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const [fitScale, setFitScale] = useState(1);

  const bytes = shown.kind === 'pages' ? shown.bytes : null;
  const pages = shown.kind === 'pages' ? shown.pages : [];
  const shownKey = shown.kind === 'pages' ? shown.partKey : '';

  // Another item (or the cover) starts at its first page; an edit keeps the page in view.
  useEffect(() => setIndex(0), [shownKey]);
  const current = Math.min(index, Math.max(0, pages.length - 1));

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setPaneWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!bytes) return;
    let cancelled = false;
    let opened: PDFDocumentProxy | null = null;
    // pdf.js takes the buffer over; the reply's bytes stay for another drawing.
    void openPdf(bytes.slice()).then((doc) => {
      opened = doc;
      if (cancelled) void doc.destroy();
      else setPdf(doc);
    });
    return () => {
      cancelled = true;
      if (opened) void opened.destroy();
    };
  }, [bytes]);

  const scale = zoom === 'fit' ? fitScale : zoom * CSS_PER_POINT;
  useEffect(() => {
    const target = host.current;
    if (!pdf || !target || current >= pdf.numPages) return;
    let cancelled = false;
    void pdf.getPage(current + 1).then(async (page) => {
      if (cancelled) return;
      const fit = Math.max(0.1, (paneWidth - FIT_MARGIN) / pageSize(page).width);
      if (zoom === 'fit' && Math.abs(fit - fitScale) > 0.001) return setFitScale(fit);
      await drawPage(page, scale, target).catch(() => undefined);
    });
    return () => {
      cancelled = true;
    };
  }, [pdf, current, scale, zoom, paneWidth, fitScale]);

  const percent = Math.round((scale / CSS_PER_POINT) * 100);
  const printed = pages[current];
  return (
    <aside className="preview-pane" aria-label={t.pane}>
      <div className="preview-bar" role="toolbar" aria-label={t.navigation}>
        <button type="button" onClick={() => setIndex(current - 1)} disabled={current <= 0} aria-label={t.previous} title={t.previous}>
          ‹
        </button>
        <span className="preview-page-number" aria-live="polite">
          {printed !== undefined && shown.kind === 'pages' ? t.pageOf(printed, shown.total) : ''}
        </span>
        <button type="button" onClick={() => setIndex(current + 1)} disabled={current >= pages.length - 1} aria-label={t.next} title={t.next}>
          ›
        </button>
        <span className="separator" aria-hidden="true" />
        <button type="button" onClick={() => setZoom(nextZoom(zoom, scale / CSS_PER_POINT, -1))} aria-label={t.zoomOut} title={t.zoomOut}>
          −
        </button>
        <span className="preview-zoom" aria-label={t.zoom(percent)}>
          {percent} %
        </span>
        <button type="button" onClick={() => setZoom(nextZoom(zoom, scale / CSS_PER_POINT, 1))} aria-label={t.zoomIn} title={t.zoomIn}>
          +
        </button>
        <button type="button" onClick={() => setZoom('fit')} aria-pressed={zoom === 'fit'}>
          {t.fitWidth}
        </button>
        <button type="button" onClick={() => setZoom(1)} aria-pressed={zoom === 1}>
          {t.actualSize}
        </button>
        <span className="separator" aria-hidden="true" />
        <button type="button" onClick={() => preview.setFront(!preview.front)} aria-pressed={preview.front}>
          {t.front}
        </button>
      </div>
      {shown.kind === 'refused' && (
        <p className="preview-refused" role="status">
          {t.refused(describeApiError(shown.error, language))}
        </p>
      )}
      {/* Said while the first pages are made (a large pack's first layout takes a second or two); later updates replace the page in place. */}
      {preview.nothingToShow ? (
        <p className="preview-waiting">{t.noItem}</p>
      ) : shown.kind === 'waiting' ? (
        <p className="preview-waiting">{t.updating}</p>
      ) : (
        preview.updating && <p className="visually-hidden">{t.updating}</p>
      )}
      {/* Focusable, so the page scrolls with the keyboard when zoomed in. */}
      <div ref={scroller} className="preview-scroll" hidden={shown.kind === 'refused' || preview.nothingToShow} tabIndex={0} role="group" aria-label={printed !== undefined ? t.page(printed) : t.pane}>
        <div ref={host} className="preview-page" />
      </div>
    </aside>
  );
}
