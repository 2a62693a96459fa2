/** Which of the readers nobody here wrote are installed, so a test whose reader is missing is skipped. */
import { spawnSync } from 'node:child_process';

/** The command runs and exits 0 (poppler's tools print their version for -v). */
export function works(command: string, args: readonly string[] = ['-v']): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return result.error === undefined && result.status === 0;
}

/** The first python that can import python-docx (a pyenv shim may shadow the system one). */
export const pythonWithDocx = ['/usr/bin/python3', 'python3'].find((candidate) => works(candidate, ['-c', 'import docx']));
export const hasPandoc = works('pandoc', ['--version']);
/** LibreOffice to convert, and pdftotext to read what it made. */
export const hasLibreOffice = works('soffice', ['--version']) && works('pdftotext');

/** The program can be started at all (whatever it says about the arguments). */
export function installed(binary: string): boolean {
  return spawnSync(binary, ['--version'], { stdio: 'ignore' }).error === undefined;
}
