import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDialogOptions, safeFileName, saveDialogOptions, withExtension } from '../../electron/main/services/file-dialogs';

describe('native dialog options', () => {
  it('offers only packs when opening, titled in the chosen language', () => {
    expect(openDialogOptions('briefpack', 'nl', '/docs')).toEqual({
      title: 'Briefingpakket openen',
      defaultPath: '/docs',
      filters: [{ name: 'Briefingpakket', extensions: ['briefpack'] }],
      properties: ['openFile'],
    });
    expect(openDialogOptions('briefpack', 'en', '/docs').title).toBe('Open briefing pack');
  });

  it('suggests a name with the right extension and filter when saving or exporting', () => {
    const pdf = saveDialogOptions('pdf', 'en', '/docs', 'DMM 2025-02-13');
    expect(pdf).toMatchObject({ title: 'Export as PDF', defaultPath: path.join('/docs', 'DMM 2025-02-13.pdf'), filters: [{ name: 'PDF document', extensions: ['pdf'] }] });
    const docx = saveDialogOptions('docx', 'nl', '/docs', 'agenda.docx');
    expect(docx).toMatchObject({ title: 'Exporteren als Word-document', defaultPath: path.join('/docs', 'agenda.docx') });
    expect(saveDialogOptions('briefpack', 'nl', '/docs', 'x').title).toBe('Briefingpakket opslaan');
  });

  it('adds a missing extension but keeps one that is there in any case', () => {
    expect(withExtension('/a/b', '.briefpack')).toBe('/a/b.briefpack');
    expect(withExtension('/a/B.BRIEFPACK', '.briefpack')).toBe('/a/B.BRIEFPACK');
    expect(withExtension('/a/b.pdf', '.docx')).toBe('/a/b.pdf.docx');
  });

  it('makes a safe file name from meeting text', () => {
    expect(safeFileName('DMM 2025-02-13', 'briefing')).toBe('DMM 2025-02-13');
    expect(safeFileName('../../etc/passwd', 'briefing')).toBe('etc passwd');
    expect(safeFileName('a:b*c?"d<e>f|g\u0000h\\i', 'briefing')).toBe('a b c d e f g h i');
    expect(safeFileName('   ', 'briefing')).toBe('briefing');
  });
});
