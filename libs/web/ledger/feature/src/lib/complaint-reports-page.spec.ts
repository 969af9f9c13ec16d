import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ComplaintsApi, statsFactory, statsRowFactory } from '@storeops/web/ledger/data-access';
import { I18nService } from '@storeops/web/shared/util';
import { of } from 'rxjs';

/** Lets the stores' awaited requests finish and the page redraw (twice: a load may start another). */
async function settle(fixture: { detectChanges(): void }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  fixture.detectChanges();
}
import { ComplaintReportsPage } from './complaint-reports-page';
import { rateCell } from './complaint-report-format';
import { COMPLAINTS_ZH_CN } from './i18n/complaints.zh-cn';

describe('ComplaintReportsPage', () => {
  async function render() {
    const stats = jest.fn(() =>
      of(
        statsFactory([
          statsRowFactory({ key: 1, label: '商品质量', ratePer10k: 0.42 }),
          statsRowFactory({ key: 2, label: '服务态度', ratePer10k: null, transactions: null }),
          statsRowFactory({ key: 3, label: '收银', ratePer10k: 0, valid: 0 }),
        ]),
      ),
    );
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: ComplaintsApi, useValue: { stats } }] });
    TestBed.inject(I18nService).addTexts('zh-CN', COMPLAINTS_ZH_CN);
    const fixture = TestBed.createComponent(ComplaintReportsPage);
    await settle(fixture);
    return { el: fixture.nativeElement as HTMLElement, stats };
  }

  it('asks for this week by category first', async () => {
    const { stats } = await render();
    expect(stats).toHaveBeenCalledWith(expect.objectContaining({ groupBy: 'category', period: expect.stringMatching(/^\d{4}-W\d{2}$/) }));
  });

  it('an unknown 来客数 shows — with the reason, never 0; a known zero rate shows 0', async () => {
    const { el } = await render();
    const rates = Array.from(el.querySelectorAll('[data-testid="report-row"] [data-testid="rate-cell"]')).map((c) => c.textContent?.trim());
    expect(rates).toEqual(['0.42', '—', '0']);
    const unknown = el.querySelector('[data-testid="rate-unknown"]');
    expect(unknown?.getAttribute('title')).toBe('来客数未知');
    expect(unknown?.getAttribute('aria-label')).toBe('来客数未知');
  });

  it('shows a card per stage with its on-time rate, — where none finished', async () => {
    const { el } = await render();
    const cards = Array.from(el.querySelectorAll('[data-testid="stage-sla"] .stage'));
    expect(cards.map((c) => c.getAttribute('data-stage'))).toEqual(['judge', 'plan', 'resolve', 'follow_up']);
    expect(cards[0].textContent).toContain('90.0%');
    expect(cards[2].textContent).toContain('—');
  });
});

describe('rateCell', () => {
  const i18n = {
    t: (k: string) => (k === 'complaints.report.transactionsUnknown' ? '来客数未知' : k),
    locale: () => 'zh-CN',
  } as unknown as I18nService;
  it.each([
    [null, '—', true],
    [0, '0', false],
    [1.23456, '1.23', false],
  ])('rate %p → %p (unknown: %p)', (ratePer10k, text, unknown) => {
    expect(rateCell({ ratePer10k }, i18n)).toMatchObject({ text, unknown });
  });
});
