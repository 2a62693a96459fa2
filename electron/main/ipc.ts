/**
 * One ipcMain.handle per contract method. Every call is checked in the same
 * order: the sender frame must show our bundle, the arguments must parse with
 * the contract's schemas, and only then is the service called. Results travel
 * as ApiResult; a stack trace never reaches the renderer.
 */
import type { IpcMain } from 'electron';
import { ARGUMENT_SCHEMAS } from '../../core/contract-schemas';
import { CHANNELS, type ApiError, type ApiMethod, type ApiResult, type BriefingApi } from '../../core/contract';
import { UserError } from '../../core/i18n/errors';
import { firstIssue } from '../../core/model/validate';
import { isTrustedSender } from './security';

/** The value inside the ApiResult a contract method resolves to. */
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<BriefingApi[M]>> extends ApiResult<infer T> ? T : never;

/** What main implements: the contract with plain values; failures are thrown (UserError for people). */
export type ApiImplementation = {
  readonly [M in ApiMethod]: (...args: Parameters<BriefingApi[M]>) => Promise<ApiValue<M>>;
};

/** The part of IpcMainInvokeEvent the checks need. */
export interface InvokeSource {
  readonly senderFrame: { readonly url: string } | null;
}

export type ErrorLog = (message: string, error?: unknown) => void;

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() || 'unknown error';
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof UserError) return { code: error.code, params: { ...error.params } };
  return { code: 'internal', params: { detail: firstLine(error) } };
}

function senderUrl(source: InvokeSource): string | null {
  try {
    return source.senderFrame?.url ?? null;
  } catch {
    return null; // the frame was disposed while the call was in flight
  }
}

export async function handleApiCall<M extends ApiMethod>(
  api: ApiImplementation,
  method: M,
  source: InvokeSource,
  args: readonly unknown[],
  log: ErrorLog = console.error,
): Promise<ApiResult<ApiValue<M>>> {
  if (!isTrustedSender(senderUrl(source))) {
    log(`Refused ${method} from an untrusted frame: ${senderUrl(source) ?? '(none)'}`);
    return { ok: false, error: { code: 'internal', params: { detail: `${method} refused: the call did not come from the app` } } };
  }
  const parsed = ARGUMENT_SCHEMAS[method].safeParse(args);
  if (!parsed.success) {
    const { path, detail } = firstIssue(parsed.error);
    return {
      ok: false,
      error: { code: 'internal', params: { detail: `invalid arguments to ${method} at ${path}: ${detail}` } },
    };
  }
  try {
    const call = api[method] as (...values: unknown[]) => Promise<ApiValue<M>>;
    return { ok: true, value: await call(...(parsed.data as unknown[])) };
  } catch (error) {
    if (!(error instanceof UserError)) log(`Unexpected error in ${method}`, error);
    return { ok: false, error: toApiError(error) };
  }
}

/** Registers every contract channel; the returned function removes them again. */
export function registerApiHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  api: ApiImplementation,
  log: ErrorLog = console.error,
): () => void {
  const methods = Object.keys(CHANNELS) as ApiMethod[];
  for (const method of methods) {
    ipcMain.handle(CHANNELS[method], (event, ...args: unknown[]) => handleApiCall(api, method, event, args, log));
  }
  return () => methods.forEach((method) => ipcMain.removeHandler(CHANNELS[method]));
}
