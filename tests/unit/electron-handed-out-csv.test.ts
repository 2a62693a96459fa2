/**
 * The distribution dialog's Export as CSV through main's contract handler:
 * the file written holds exactly what `briefing distribution --csv` writes,
 * headers in the language asked for; a cancelled dialog writes nothing; a
 * language main does not know never reaches the service.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPack } from '../../core/contract';
import { handedOutCsv } from '../../core/model/distribution-csv';
import type { HandedOutCopy } from '../../core/model/distribution';
import type { BriefingPack } from '../../core/model/pack';
import { mainApp, value } from '../helpers/main-app';

const RECORD: HandedOutCopy[] = [
  { id: 'h1', copyNumber: 2, recipient: 'Jan de Vries', function: 'DGB, Beleid', version: '1.0', date: '2025-02-10', format: 'pdf' },
  { id: 'h2', copyNumber: 3, recipient: '=HYPERLINK("x")', function: '', version: '1.1', date: '2025-02-11', format: 'docx' },
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-handed-out-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function withRecord(pack: BriefingPack): BriefingPack {
  return { ...pack, distribution: { recipients: [], handedOut: RECORD } };
}

describe('the record of copies handed out, exported through main', () => {
  it('writes the CSV the command line writes, in the language asked for, under a name that says what it is', async () => {
    const main = mainApp(dir);
    const { documentId, pack } = value(await main.call('openSample', [])) as OpenedPack;

    const dutch = main.saveTo(path.join(dir, 'record-nl.csv'));
    expect(value(await main.call('exportHandedOutCsv', [documentId, withRecord(pack), 'nl']))).toEqual({ fileName: 'record-nl.csv' });
    const nl = await readFile(dutch, 'utf8');
    expect(nl).toBe(handedOutCsv(RECORD, 'nl'));
    expect(nl.split('\r\n')).toEqual([
      'exemplaar,ontvanger,functie,versie,datum,formaat',
      '2,Jan de Vries,"DGB, Beleid",1.0,2025-02-10,pdf',
      `3,"'=HYPERLINK(""x"")",,1.1,2025-02-11,docx`,
      '',
    ]);
    expect(main.suggestedNames.at(-1)).toMatch(/-uitgereikte-exemplaren$/);

    const english = main.saveTo(path.join(dir, 'record-en.csv'));
    value(await main.call('exportHandedOutCsv', [documentId, withRecord(pack), 'en']));
    expect((await readFile(english, 'utf8')).split('\r\n')[0]).toBe('copy,recipient,function,version,date,format');
    expect(main.suggestedNames.at(-1)).toMatch(/-copies-handed-out$/);
  });

  it('writes nothing when the save dialog is cancelled, and refuses an unknown language before asking', async () => {
    const main = mainApp(dir);
    const { documentId, pack } = value(await main.call('openSample', [])) as OpenedPack;
    const before = await readdir(dir);
    main.cancelSave();
    expect(value(await main.call('exportHandedOutCsv', [documentId, withRecord(pack), 'nl']))).toBeNull();
    expect(await readdir(dir)).toEqual(before);
    const asked = main.suggestedNames.length;
    expect(await main.call('exportHandedOutCsv', [documentId, withRecord(pack), 'fr'])).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(main.suggestedNames.length).toBe(asked);
  });
});
