import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AlertCountResponse } from '@storeops/shared/contracts';
import { Subject, of, throwError } from 'rxjs';
import { AlertCountStore } from './alert-count.store';
import { AlertsApi } from './alerts-api';

/** Lets the store's promise chain (RequestState.run → the subscription) settle. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('AlertCountStore', () => {
  let answers: Array<Subject<AlertCountResponse>>;
  let count: jest.Mock;

  beforeEach(() => {
    answers = [];
    count = jest.fn(() => {
      const answer = new Subject<AlertCountResponse>();
      answers.push(answer);
      return answer;
    });
    TestBed.configureTestingModule({ providers: [{ provide: AlertsApi, useValue: { count } }] });
  });

  const answer = (i: number, value: AlertCountResponse) => {
    answers[i].next(value);
    answers[i].complete();
  };

  it('shows nothing (0) until the first answer, then the total and the overdue count', async () => {
    const store = TestBed.inject(AlertCountStore);
    expect(store.total()).toBe(0);
    store.refresh();
    answer(0, { total: 5, overdue: 2 });
    await settle();
    expect(store.total()).toBe(5);
    expect(store.overdue()).toBe(2);
  });

  it('keeps the latest ask’s answer when an earlier one arrives late', async () => {
    const store = TestBed.inject(AlertCountStore);
    store.refresh();
    store.refresh();
    answer(1, { total: 3, overdue: 0 });
    await settle();
    answer(0, { total: 9, overdue: 9 });
    await settle();
    expect(store.count()).toEqual({ total: 3, overdue: 0 });
  });

  it('keeps the last count when an ask fails, and asks again next time', async () => {
    count.mockReturnValueOnce(of({ total: 4, overdue: 1 }));
    count.mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 500 })));
    count.mockReturnValueOnce(of({ total: 2, overdue: 0 }));
    const store = TestBed.inject(AlertCountStore);
    store.refresh();
    await settle();
    store.refresh();
    await settle();
    expect(store.count()).toEqual({ total: 4, overdue: 1 });
    expect(store.error()?.statusCode).toBe(500);
    store.refresh();
    await settle();
    expect(store.count()).toEqual({ total: 2, overdue: 0 });
  });

  it('forgets the count on reset (sign-out)', async () => {
    count.mockReturnValue(of({ total: 4, overdue: 1 }));
    const store = TestBed.inject(AlertCountStore);
    store.refresh();
    await settle();
    store.reset();
    expect(store.count()).toBeNull();
    expect(store.total()).toBe(0);
  });

  describe('watch', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('asks at once, on each navigation and every period, and stops when the shell goes', () => {
      count.mockReturnValue(of({ total: 1, overdue: 0 }));
      const store = TestBed.inject(AlertCountStore);
      const navigations = new Subject<void>();
      let destroy = () => undefined as void;
      const destroyRef = { onDestroy: (fn: () => void) => ((destroy = fn), () => undefined) } as unknown as DestroyRef;
      store.watch(navigations, destroyRef, 60_000);
      expect(count).toHaveBeenCalledTimes(1);
      navigations.next();
      expect(count).toHaveBeenCalledTimes(2);
      jest.advanceTimersByTime(59_999);
      expect(count).toHaveBeenCalledTimes(2);
      jest.advanceTimersByTime(1);
      expect(count).toHaveBeenCalledTimes(3);
      destroy();
      navigations.next();
      jest.advanceTimersByTime(120_000);
      expect(count).toHaveBeenCalledTimes(3);
    });
  });
});
