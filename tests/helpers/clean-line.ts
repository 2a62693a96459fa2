import { UserError } from '../../core/i18n/errors';

// Controls, line breaks, bidi overrides and isolates: none may reach a terminal or a dialog.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The line a person would see holds something, on one line, with nothing that steers the display. */
export function isCleanLine(line: string): boolean {
  return line.length > 0 && !UNSAFE.test(line);
}

/** A refusal is fine when it is a UserError that reads as one clean line in both languages. */
export function isCleanRefusal(error: unknown): error is UserError {
  return error instanceof UserError && [error.describe('en'), error.describe('nl')].every(isCleanLine);
}
