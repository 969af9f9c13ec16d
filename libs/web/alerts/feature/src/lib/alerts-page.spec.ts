import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AlertItem, Page, Role } from '@storeops/shared/contracts';
import { AlertsApi } from '@storeops/web/alerts/data-access';
import { StoresApi } from '@storeops/web/org/data-access';
import { of, throwError } from 'rxjs';
import { AlertsPage } from './alerts-page';

const item = (patch: Partial<AlertItem> = {}): AlertItem => ({
  key: 'corrective_action:12',
  kind: 'corrective_action',
  entity: 'corrective_action',
  entityId: 12,
  title: '冷柜温度超标',
  storeId: 3,
  ownerId: 7,
  dueAt: '2999-11-19T02:00:00.000Z',
  status: 'due_soon',
  workingMinutesLeft: 200,
  escalationLevel: 0,
  myPart: 'approver',
  ref: {},
  ...patch,
});
/** The store's load is a chain of promises (the list, then the store names): let it finish, then render. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }
  fixture.detectChanges();
}
const page = (items: AlertItem[]): Page<AlertItem> => ({ items, total: items.length, page: 1, pageSize: 50 });

describe('AlertsPage', () => {
  let list: jest.Mock;

  async function render(role: Role = Role.Specialist) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AlertsApi, useValue: { list, count: jest.fn(() => of({ total: 2, overdue: 1 })) } },
        {
          provide: StoresApi,
          useValue: {
            list: jest.fn(() => of({ items: [{ id: 3, code: 'BJ001', name: '北京朝阳店' }], total: 1, page: 1, pageSize: 200 })),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(AlertsPage);
    fixture.componentRef.setInput('role', role);
    fixture.detectChanges();
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('opens on 我的待办 and shows each row’s kind, store, remaining time, part and where to act', async () => {
    list = jest.fn(() =>
      of(
        page([
          item(),
          item({
            key: 'inspection_plan:3:9:2026-11-01',
            kind: 'inspection_plan',
            entity: 'inspection_plan',
            entityId: 3,
            title: '11月 生鲜巡检',
            status: 'overdue',
            workingMinutesLeft: -960,
            escalationLevel: 2,
            myPart: 'owner',
            ref: { storeId: 3, periodStart: '2026-11-01' },
          }),
        ]),
      ),
    );
    const { el } = await render();
    expect(list).toHaveBeenCalledWith({ mine: true, page: 1, pageSize: 50 });
    const rows = Array.from(el.querySelectorAll('[data-testid=alert-row]'));
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first.querySelector('[data-testid=alert-kind]')?.textContent?.trim()).toBe('整改');
    expect(first.querySelector('[data-testid=alert-store]')?.textContent?.trim()).toBe('BJ001 北京朝阳店');
    expect(first.querySelector('[data-testid=alert-left]')?.textContent?.trim()).toBe('剩 3 小时');
    expect(first.querySelector('[data-testid=alert-part]')?.textContent?.trim()).toBe('待我审批');
    expect(first.querySelector('[data-testid=alert-escalated]')).toBeNull();
    expect(first.classList).not.toContain('overdue');
    expect(first.querySelector('[data-testid=alert-go]')?.getAttribute('href')).toBe('/inspections/actions?view=verify&storeId=3');
    expect((first.querySelector('[data-testid=alert-snooze]') as HTMLButtonElement).disabled).toBe(false);

    expect(second.classList).toContain('overdue');
    expect(second.querySelector('[data-testid=alert-left]')?.textContent?.trim()).toBe('逾期 2 个工作日');
    expect(second.querySelector('[data-testid=alert-escalated]')?.textContent?.trim()).toBe('已升级 2 级');
    expect(second.querySelector('[data-testid=alert-go]')?.getAttribute('href')).toBe(
      '/inspections/new?storeId=3&planId=3&periodStart=2026-11-01',
    );
    // Overdue: a snooze may not go past the deadline, so there is none to offer.
    expect((second.querySelector('[data-testid=alert-snooze]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('switches to 全部可见 with mine=false, where items that are not the caller’s have no part and no 暂缓', async () => {
    list = jest.fn(() => of(page([item()])));
    const { fixture, el } = await render();
    list.mockReturnValueOnce(of(page([item({ myPart: null })])));
    (el.querySelector('[data-testid=alert-view-all]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(list).toHaveBeenLastCalledWith({ mine: false, page: 1, pageSize: 50 });
    expect(el.querySelector('[data-testid=alert-part]')).toBeNull();
    expect(el.querySelector('[data-testid=alert-snooze]')).toBeNull();
  });

  it('says what an empty 我的待办 means', async () => {
    list = jest.fn(() => of(page([])));
    const { el } = await render();
    expect(el.querySelector('[data-testid=state-empty]')?.textContent).toContain('没有待办');
    expect(el.querySelector('[data-testid=state-empty]')?.textContent).toContain('所有期限都在掌控之中');
    expect(el.querySelector('[data-testid=alert-list]')).toBeNull();
  });

  it('shows a failed load as an error with retry, not as “nothing to do”', async () => {
    list = jest.fn(() =>
      throwError(() => new HttpErrorResponse({ status: 500, error: { statusCode: 500, error: 'x', message: '服务器错误', details: [] } })),
    );
    const { el } = await render();
    expect(el.querySelector('[data-testid=state-error]')?.textContent).toContain('服务器错误');
    expect(el.querySelector('[data-testid=state-empty]')).toBeNull();
  });

  it('offers a store manager no store filter and only the kinds the role sees', async () => {
    list = jest.fn(() => of(page([])));
    const { fixture, el } = await render(Role.StoreManager);
    expect(el.querySelector('[data-testid=alert-filter-store]')).toBeNull();
    expect((fixture.componentInstance as unknown as { kinds: () => string[] }).kinds()).toEqual([
      'corrective_action',
      'complaint',
      'meeting_action',
    ]);
  });
});
