/** The words of the page preview, in Dutch and English. */
import type { Language } from '../../core/i18n/language';

export interface PreviewMessages {
  toggle: string;
  pane: string;
  navigation: string;
  pageOf: (page: number, total: number) => string;
  previous: string;
  next: string;
  fitWidth: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  zoom: (percent: number) => string;
  front: string;
  updating: string;
  refused: (reason: string) => string;
  noItem: string;
  page: (page: number) => string;
}

const CATALOG: Readonly<Record<Language, PreviewMessages>> = {
  nl: {
    toggle: 'Voorbeeld',
    pane: 'Paginavoorbeeld',
    navigation: 'Pagina’s en zoom',
    pageOf: (page, total) => `pagina ${page} van ${total}`,
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    fitWidth: 'Paginabreedte',
    actualSize: '100 %',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    zoom: (percent) => `Zoom ${percent} %`,
    front: 'Omslag en inhoud',
    updating: 'Voorbeeld wordt bijgewerkt…',
    refused: (reason) => `Geen voorbeeld: ${reason}`,
    noItem: 'Kies een agendapunt om zijn pagina’s te zien.',
    page: (page) => `Pagina ${page}`,
  },
  en: {
    toggle: 'Preview',
    pane: 'Page preview',
    navigation: 'Pages and zoom',
    pageOf: (page, total) => `page ${page} of ${total}`,
    previous: 'Previous page',
    next: 'Next page',
    fitWidth: 'Fit width',
    actualSize: '100 %',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoom: (percent) => `Zoom ${percent} %`,
    front: 'Cover and contents',
    updating: 'Updating the preview…',
    refused: (reason) => `No preview: ${reason}`,
    noItem: 'Choose an agenda item to see its pages.',
    page: (page) => `Page ${page}`,
  },
};

export function previewMessages(language: Language): PreviewMessages {
  return CATALOG[language];
}
