import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AlertCountResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { EMPTY, Observable, Subject, catchError, from, interval, merge, of, switchMap } from 'rxjs';
import { AlertsApi } from './alerts-api';

/** How often the badge asks again while the shell is open. */
export const ALERT_COUNT_PERIOD_MS = 60_000;

/**
 * The shell's badge: the caller's own open alerts and how many are overdue. Asked again on every navigation, every
 * minute and after a snooze; when asks overlap the latest answer wins, and a failed ask keeps the last count.
 */
@Injectable({ providedIn: 'root' })
export class AlertCountStore {
  private readonly api = inject(AlertsApi);
  private readonly state = new RequestState();
  private readonly asks = new Subject<void>();
  private readonly current = signal<AlertCountResponse | null>(null);

  readonly count = this.current.asReadonly();
  readonly total = computed(() => this.current()?.total ?? 0);
  readonly overdue = computed(() => this.current()?.overdue ?? 0);
  readonly error = this.state.error;

  constructor() {
    this.asks
      .pipe(
        switchMap(() => from(this.state.run(this.api.count())).pipe(catchError(() => EMPTY))),
        takeUntilDestroyed(),
      )
      .subscribe((count) => this.current.set(count));
  }

  /** Asks for the count now. */
  refresh(): void {
    this.asks.next();
  }

  /** Asks now, on each of `navigations` and every `periodMs`, until `destroyRef` ends (the shell closing). */
  watch(navigations: Observable<unknown>, destroyRef: DestroyRef, periodMs = ALERT_COUNT_PERIOD_MS): void {
    merge(of(null), navigations, interval(periodMs))
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => this.refresh());
  }

  /** Forgets the count (sign-out), so the next person never sees this one's. */
  reset(): void {
    this.current.set(null);
  }
}
