import { UserError } from '../../core/i18n/errors';

function expectUserError(error: unknown): UserError {
  if (error instanceof UserError) return error;
  throw new Error(`expected a UserError, got ${String(error)}`);
}

/** The UserError `run` throws; fails the test when it throws something else or nothing. */
export function userErrorOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    return expectUserError(error);
  }
  throw new Error('expected a UserError, got success');
}

/** The same for an async `run`. */
export async function userErrorOfAsync(run: () => Promise<unknown>): Promise<UserError> {
  try {
    await run();
  } catch (error) {
    return expectUserError(error);
  }
  throw new Error('expected a UserError, got success');
}
