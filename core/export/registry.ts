/** Exporters are pure functions in a registry: (pack, template, assets) => bytes. */
import type { ExportFormat, Exporter } from './assets';
import { exportDocx } from './docx/index';
import { exportPdf } from './pdf/index';

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  docx: exportDocx,
  pdf: exportPdf,
};
