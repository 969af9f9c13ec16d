import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ComplaintListItem } from '@storeops/shared/contracts';
import { ComplaintTable } from './complaint-table';

const row = (patch: Partial<ComplaintListItem>): ComplaintListItem => ({
  id: 1,
  code: 'TS202611-0001',
  storeId: 1,
  storeCode: 'BJ001',
  storeName: '北京朝阳店',
  channel: 'store',
  receivedAt: '2026-11-18T01:30:00Z',
  status: 'received',
  valid: null,
  keyCustomer: false,
  severity: 'normal',
  categoryId: 11,
  categoryName: '过期变质',
  customerName: '王女士',
  customerPhone: '138****1234',
  responsibleStoreId: null,
  currentStage: 'judge',
  dueAt: '2026-11-18T05:30:00Z',
  deadlineStatus: 'pending',
  paused: false,
  reopenCount: 0,
  version: 1,
  ...patch,
});

describe('ComplaintTable', () => {
  function render(complaints: ComplaintListItem[]) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(ComplaintTable);
    fixture.componentRef.setInput('complaints', complaints);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('marks an overdue complaint red (row and due time) and leaves one on time alone', () => {
    const el = render([row({ id: 1, deadlineStatus: 'overdue' }), row({ id: 2, code: 'TS202611-0002' })]);
    const [late, onTime] = Array.from(el.querySelectorAll('[data-testid="complaint-row"]'));
    expect(late.classList).toContain('overdue');
    expect(late.querySelector('.late')).not.toBeNull();
    expect(late.querySelector('[data-testid="row-overdue"]')).not.toBeNull();
    expect(onTime.classList).not.toContain('overdue');
    expect(onTime.querySelector('.late')).toBeNull();
  });

  it('shows the phone as the API sends it (masked), the key-customer badge and the link to the complaint', () => {
    const el = render([row({ keyCustomer: true })]);
    expect(el.querySelector('[data-testid="row-phone"]')?.textContent?.trim()).toBe('138****1234');
    expect(el.querySelector('[data-testid="key-customer"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="complaint-open"]')?.getAttribute('href')).toBe('/complaints/1');
  });
});
