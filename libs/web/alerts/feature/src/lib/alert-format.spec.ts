import { DEADLINE_KINDS, Role } from '@storeops/shared/contracts';
import { ZH_CN } from '@storeops/web/shared/util';
import { kindKey, kindsFor, remainingText } from './alert-format';

describe('remainingText', () => {
  it.each<[string, number, string, Record<string, number> | undefined]>([
    ['under an hour: minutes', 45, 'alert.left.minutes', { n: 45 }],
    ['exactly an hour', 60, 'alert.left.hours', { n: 1 }],
    ['hours are whole, rounded down (3 h 20 min → 3 h)', 200, 'alert.left.hours', { n: 3 }],
    ['just under a working day (7 h 59 min)', 479, 'alert.left.hours', { n: 7 }],
    ['one working day is 480 minutes', 480, 'alert.left.days', { n: 1 }],
    ['a day and two hours', 480 + 120 + 30, 'alert.left.daysHours', { d: 1, h: 2 }],
    ['due this very minute', 0, 'alert.dueNow', undefined],
    ['overdue by minutes', -5, 'alert.over.minutes', { n: 5 }],
    ['overdue by hours', -130, 'alert.over.hours', { n: 2 }],
    ['overdue by two working days', -960, 'alert.over.days', { n: 2 }],
    ['overdue by two days and seven hours', -(960 + 7 * 60 + 59), 'alert.over.daysHours', { d: 2, h: 7 }],
  ])('%s (%i min)', (_name, minutes, key, params) => {
    expect(remainingText(minutes)).toEqual(params ? { key, params } : { key });
  });

  it('reads 剩 3 小时 / 逾期 2 个工作日 in Chinese', () => {
    expect(ZH_CN['alert.left.hours'].replace('{n}', '3')).toBe('剩 3 小时');
    expect(ZH_CN['alert.over.days'].replace('{n}', '2')).toBe('逾期 2 个工作日');
  });
});

describe('kindsFor', () => {
  it('offers a buyer only the suppliers’ kinds, and a store manager only 整改 and 顾客投诉', () => {
    expect(kindsFor(Role.Buyer)).toEqual([
      'licence',
      'contract_renewal',
      'contract_review',
      'clause_follow_up',
      'meeting_action',
      'supplier_issue',
    ]);
    expect(kindsFor(Role.StoreManager)).toEqual(['corrective_action', 'complaint', 'meeting_action']);
    expect(kindsFor(Role.Specialist)).toEqual(['corrective_action', 'inspection_plan', 'meeting_action']);
  });

  it('offers every kind to the admin, each with its Chinese label', () => {
    expect(kindsFor(Role.Admin)).toEqual([...DEADLINE_KINDS]);
    expect(kindsFor(Role.Admin).map((k) => (ZH_CN as Record<string, string>)[kindKey(k)])).toEqual([
      '整改',
      '检查计划',
      '证照到期',
      '合同续签',
      '合同审核',
      '条款跟进',
      '分解待批',
      '方案待批',
      '顾客投诉',
      '价格复查',
      '会议事项',
      '供应商问题',
    ]);
  });
});
