import { ApiError } from '@storeops/shared/contracts';
import { DraftStorage } from './draft-storage';

/**
 * The last answer of a list kept on the device (the `cache` store of DraftStorage, like the capture setup), so that
 * offline the page shows it, marked 离线, rather than an error.
 */
export interface Cached<T> {
  /** When it was fetched (ISO). */
  at: string;
  value: T;
}

/** No answer at all (status 0): the network, not the server, failed. */
export function isNetworkFailure(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as ApiError).statusCode === 0;
}

/** What `withOfflineCopy` gives: the fresh answer, or offline the copy kept (`value` undefined when none yet). */
export type OfflineCopy<T> = { value: T; offline: null } | { value: T | undefined; offline: { at: string | null } };

/**
 * Loads through `load` and keeps the answer on the device under `key`; when the network fails (no answer at all),
 * the last answer kept stands in, with when it was fetched. Any other failure gives null (the store shows its error).
 */
export async function withOfflineCopy<T>(
  storage: Pick<DraftStorage, 'getCached' | 'putCached'>,
  key: string,
  load: () => Promise<T>,
): Promise<OfflineCopy<T> | null> {
  try {
    const value = await load();
    const entry: Cached<T> = { at: new Date().toISOString(), value };
    void storage.putCached(key, entry).catch(() => undefined);
    return { value, offline: null };
  } catch (error) {
    if (!isNetworkFailure(error)) return null;
    const cached = await storage.getCached<Cached<T>>(key).catch(() => undefined);
    return { value: cached?.value, offline: { at: cached?.at ?? null } };
  }
}
