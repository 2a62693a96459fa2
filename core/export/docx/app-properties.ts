/**
 * docProps/app.xml, the extended properties: which application wrote the
 * file and how many pages it has (file managers and document systems show
 * both without opening the document).
 */
import { escapeXml } from '../xml-text';

export function appPropertiesXml(application: string, pages: number | undefined): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${escapeXml(application)}</Application>` +
    (pages !== undefined ? `<Pages>${pages}</Pages>` : '') +
    '</Properties>'
  );
}
