/**
 * Saving or exporting onto a read-only file in the app: main asks "… is
 * read-only. Overwrite it anyway?" (Overwrite / Cancel), writes only when the
 * person agrees, and leaves the file as it was when they cancel. Real files in
 * a temp folder, mode 444 (the tests run as root, who could write them anyway).
 */
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { readOnlyChoiceFor, readOnlyPrompt } from '../../electron/main/read-only-prompt';
import { createDocumentsService } from '../../electron/main/services/documents';
import { exportHandedOutCsv } from '../../electron/main/services/handed-out';
import type { FileDialogs } from '../../electron/main/services/file-dialogs';
import { readPackFile, writePackFile } from '../../host/pack-files';
import { userErrorOfAsync as failure } from '../helpers/user-error';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-read-only-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Dialogs that save to `target` and answer the read-only question with `answer`, recording each question. */
function dialogsFor(target: string, answer: boolean | null): FileDialogs & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    chooseFileToOpen: async () => target,
    chooseCopiesToMerge: async () => [],
    chooseFileToSave: async () => target,
    showError: async () => undefined,
    ...(answer !== null && { confirmOverwriteReadOnly: async (fileName: string) => (asked.push(fileName), answer) }),
  };
}

async function readOnlyPack(name: string): Promise<string> {
  const file = path.join(dir, name);
  await writePackFile(file, { pack: syntheticPack(2), annexFiles: new Map() }, 'Carla');
  await chmod(file, 0o444);
  return file;
}

describe('the read-only question', () => {
  it('names the file and offers Overwrite and Cancel, Cancel the default, in Dutch and English', () => {
    expect(readOnlyPrompt('dmm.briefpack', 'en')).toMatchObject({ message: 'dmm.briefpack is read-only. Overwrite it anyway?', buttons: ['Overwrite', 'Cancel'], defaultId: 1, cancelId: 1 });
    expect(readOnlyPrompt('dmm.briefpack', 'nl')).toMatchObject({ message: 'dmm.briefpack is alleen-lezen. Toch overschrijven?', buttons: ['Overschrijven', 'Annuleren'], defaultId: 1, cancelId: 1 });
  });

  it('is asked only for a read-only file', async () => {
    const writable = path.join(dir, 'writable.pdf');
    await writeFile(writable, 'x');
    const dialogs = dialogsFor(writable, true);
    expect(await readOnlyChoiceFor(writable, dialogs)).toBe('refuse');
    expect(await readOnlyChoiceFor(path.join(dir, 'new.pdf'), dialogs)).toBe('refuse');
    expect(dialogs.asked).toEqual([]);
  });
});

describe('saving onto a read-only pack in main', () => {
  it('asks, and on Overwrite saves it, the file staying read-only', async () => {
    const file = await readOnlyPack('agreed.briefpack');
    const dialogs = dialogsFor(file, true);
    const documents = createDocumentsService({ dialogs, sampleLetterFile: '', author: () => 'Carla' });
    const opened = await documents.openFile(file);
    const edited = { ...opened.pack, meeting: { ...opened.pack.meeting, name: 'Overschreven' } };
    expect(await documents.save(opened.documentId, edited, false)).toEqual({ fileName: 'agreed.briefpack' });
    expect(dialogs.asked).toEqual(['agreed.briefpack']);
    expect((await readPackFile(file)).pack.meeting.name).toBe('Overschreven');
    expect((await stat(file)).mode & 0o777).toBe(0o444);
  });

  it('on Cancel writes nothing and reports the save as cancelled', async () => {
    const file = await readOnlyPack('cancelled.briefpack');
    const before = await readFile(file);
    const dialogs = dialogsFor(file, false);
    const documents = createDocumentsService({ dialogs, sampleLetterFile: '', author: () => 'Carla' });
    const opened = await documents.openFile(file);
    const edited = { ...opened.pack, meeting: { ...opened.pack.meeting, name: 'Niet opgeslagen' } };
    expect(await documents.save(opened.documentId, edited, true)).toBeNull();
    expect(dialogs.asked).toEqual(['cancelled.briefpack']);
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses in one line when there is no one to ask', async () => {
    const file = await readOnlyPack('unasked.briefpack');
    const before = await readFile(file);
    const documents = createDocumentsService({ dialogs: dialogsFor(file, null), sampleLetterFile: '', author: () => 'Carla' });
    const opened = await documents.openFile(file);
    const error = await failure(() => documents.save(opened.documentId, opened.pack, false));
    expect(error.describe('en')).toBe(`${file} is read-only and was not overwritten; make it writable or choose another name.`);
    expect(await readFile(file)).toEqual(before);
  });

  it('asks before the record of copies handed out replaces a read-only CSV', async () => {
    const file = path.join(dir, 'handed-out.csv');
    await writeFile(file, 'old');
    await chmod(file, 0o444);
    const declined = dialogsFor(file, false);
    const pack = syntheticPack(1);
    const documents = { suggestedName: () => 'dmm' };
    expect(await exportHandedOutCsv({ dialogs: declined, documents }, 'doc', pack, 'en')).toBeNull();
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await exportHandedOutCsv({ dialogs: dialogsFor(file, true), documents }, 'doc', pack, 'en')).toEqual({ fileName: 'handed-out.csv' });
    expect(await readFile(file, 'utf8')).not.toBe('old');
  });
});
