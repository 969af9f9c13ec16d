import { ApiError } from '@storeops/shared/contracts';

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
