import { Signal, computed, signal } from '@angular/core';
import { ApiError } from '@storeops/shared/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { toApiError } from './api-error';

/**
 * The loading/error pair every data-access store exposes. `run` tracks one request: loading while in flight,
 * the ApiError on failure (rethrown so callers such as dialogs can react), cleared on the next run.
 */
export class RequestState {
  private readonly pending = signal(0);
  private readonly lastError = signal<ApiError | null>(null);

  readonly loading: Signal<boolean> = computed(() => this.pending() > 0);
  readonly error: Signal<ApiError | null> = this.lastError.asReadonly();

  async run<T>(request: Observable<T>): Promise<T> {
    this.pending.update((n) => n + 1);
    this.lastError.set(null);
    try {
      return await firstValueFrom(request);
    } catch (error) {
      const apiError = toApiError(error);
      this.lastError.set(apiError);
      throw apiError;
    } finally {
      this.pending.update((n) => n - 1);
    }
  }

  clearError(): void {
    this.lastError.set(null);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return !!value && typeof value === 'object' && 'statusCode' in value && 'message' in value;
}
