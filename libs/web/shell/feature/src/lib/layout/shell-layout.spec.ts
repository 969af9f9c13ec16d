import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AlertCountResponse, Role } from '@storeops/shared/contracts';
import { AlertCountStore } from '@storeops/web/alerts/data-access';
import { AuthStore } from '@storeops/web/auth/data-access';
import { ShellLayout, badgeText } from './shell-layout';

describe('ShellLayout: the 提醒中心 badge', () => {
  async function render(count: AlertCountResponse | null) {
    const current = signal(count);
    const alerts = {
      count: current,
      total: computed(() => current()?.total ?? 0),
      overdue: computed(() => current()?.overdue ?? 0),
      watch: jest.fn(),
      reset: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AlertCountStore, useValue: alerts },
        {
          provide: AuthStore,
          useValue: { user: signal({ id: 1, username: 'specialist', displayName: '专员 李娜', role: Role.Specialist, storeId: null }) },
        },
      ],
    });
    const fixture = TestBed.createComponent(ShellLayout);
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement, current, alerts };
  }

  it('starts watching the count with the shell', async () => {
    const { alerts } = await render(null);
    expect(alerts.watch).toHaveBeenCalledTimes(1);
  });

  it('is hidden while there is nothing to do', async () => {
    const { el } = await render({ total: 0, overdue: 0 });
    expect(el.querySelector('[data-testid=alert-badge]')).toBeNull();
    expect(el.querySelector('[data-testid=nav-alerts-badge]')).toBeNull();
    expect(el.querySelector('[data-testid=alert-bell]')?.getAttribute('aria-label')).toBe('提醒中心：没有待办');
  });

  it('shows the count on the bell and the nav entry, red once any is overdue', async () => {
    const { fixture, el, current } = await render({ total: 4, overdue: 0 });
    const bell = () => el.querySelector('[data-testid=alert-badge]') as HTMLElement;
    expect(bell().textContent?.trim()).toBe('4');
    expect(bell().classList).not.toContain('late');
    expect(el.querySelector('[data-testid=nav-alerts-badge]')?.textContent?.trim()).toBe('4');
    current.set({ total: 5, overdue: 2 });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(bell().textContent?.trim()).toBe('5');
    expect(bell().classList).toContain('late');
    expect(el.querySelector('[data-testid=alert-bell]')?.getAttribute('aria-label')).toBe('提醒中心：5 项待办，其中 2 项已逾期');
  });

  it.each([
    [0, '0'],
    [99, '99'],
    [100, '99+'],
  ])('writes %i as %s', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
});
