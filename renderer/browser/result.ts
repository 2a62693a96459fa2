import type { ApiResult } from '../../core/contract';
import { UserError } from '../../core/i18n/errors';

/** Runs an API call and turns what it throws into the ApiResult the contract promises. */
export async function toResult<T>(run: () => Promise<T> | T): Promise<ApiResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: { code: error.code, params: { ...error.params } } };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', params: { detail: detail.split('\n')[0] ?? '' } } };
  }
}
