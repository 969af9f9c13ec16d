import { Role, ViolationResponse } from '@storeops/shared/contracts';
import { violationFactory } from '@storeops/web/ledger/data-access';
import { I18nService } from '@storeops/web/shared/util';
import {
  appealNote,
  buildRule,
  buildViolation,
  isViolationOffice,
  penaltyText,
  previewQueryOf,
  violationActions,
  violationErrorText,
  violationTimeline,
} from './violation-logic';

const NOW = new Date('2026-11-18T02:00:00.000Z');

describe('what a role sees on a violation in each state (the API’s can* flags, as it sets them)', () => {
  const appeal = {
    reason: '已说明',
    by: 'manager',
    at: '2026-11-17T06:00:00.000Z',
    decision: null,
    decidedBy: null,
    decidedAt: null,
    comment: null,
  };
  const cases: Array<[string, Partial<ViolationResponse>, string[], string | null]> = [
    ['the office, proposed → 批准', { status: 'proposed', canApprove: true }, ['approve'], null],
    ['the store 店长, proposed → nothing yet (appeal comes after approval)', { status: 'proposed' }, [], null],
    ['the store 店长, approved, not appealed → 申诉', { status: 'approved', canAppeal: true }, ['appeal'], null],
    ['the office, approved → nothing (the appeal is the manager’s)', { status: 'approved' }, [], null],
    ['the store 店长, appealed → nothing, the one appeal is used', { status: 'appealed', appeal }, [], 'violations.appeal.used'],
    ['the office, appealed → 裁定申诉', { status: 'appealed', appeal, canDecide: true }, ['decide'], 'violations.appeal.used'],
    [
      'the store 店长, upheld → nothing, appeal used',
      { status: 'upheld', appeal: { ...appeal, decision: 'uphold' } },
      [],
      'violations.appeal.used',
    ],
    [
      'the director’s own violation, approved → nobody can appeal',
      { status: 'approved', appealerRole: null },
      [],
      'violations.appeal.nobody',
    ],
    ['anyone, overturned without appeal record → no note', { status: 'overturned', appealerRole: null }, [], null],
  ];
  it.each(cases)('%s', (_name, patch, actions, note) => {
    const v = violationFactory(patch);
    expect(violationActions(v)).toEqual(actions);
    expect(appealNote(v)).toBe(note);
  });

  it('nothing loaded → no actions and no note', () => {
    expect(violationActions(null)).toEqual([]);
    expect(appealNote(null)).toBeNull();
  });

  it.each([
    [Role.AdminOffice, true],
    [Role.Admin, true],
    [Role.StoreManager, false],
    [Role.Director, false],
    [null, false],
  ])('%s records violations and keeps the rule book: %s', (role, expected) => {
    expect(isViolationOffice(role)).toBe(expected);
  });
});

describe('violationTimeline', () => {
  it('recorded → approved → appealed → decided, with who, when and what they wrote', () => {
    const v = violationFactory({
      status: 'overturned',
      approvedBy: 'office',
      approvedAt: '2026-11-17T03:00:00.000Z',
      approvalComment: null,
      appeal: {
        reason: '停电打卡机故障',
        by: 'manager',
        at: '2026-11-17T06:00:00.000Z',
        decision: 'overturn',
        decidedBy: 'office',
        decidedAt: '2026-11-18T01:00:00.000Z',
        comment: '情况属实',
      },
    });
    expect(violationTimeline(v).map((s) => [s.key, s.by, s.text])).toEqual([
      ['recorded', 'office', null],
      ['approved', 'office', null],
      ['appealed', 'manager', '停电打卡机故障'],
      ['overturned', 'office', '情况属实'],
    ]);
  });

  it('a proposed one has only its recording', () => {
    expect(violationTimeline(violationFactory()).map((s) => s.key)).toEqual(['recorded']);
  });
});

describe('the recording form', () => {
  const draft = { subjectType: 'store' as const, subjectId: 1, ruleCode: 'WJ-001', occurredAt: '2026-11-18T09:30', facts: ' 早班迟到 ' };

  it('asks for a preview only once subject, rule and a time are chosen', () => {
    expect(previewQueryOf({ ...draft, subjectId: null })).toBeNull();
    expect(previewQueryOf({ ...draft, ruleCode: null })).toBeNull();
    expect(previewQueryOf({ ...draft, occurredAt: '' })).toBeNull();
    expect(previewQueryOf(draft)).toEqual({
      subjectType: 'store',
      subjectId: 1,
      ruleCode: 'WJ-001',
      occurredAt: new Date('2026-11-18T09:30').toISOString(),
    });
  });

  it('names every missing field, and a time later than now', () => {
    expect(buildViolation({ subjectType: 'person', subjectId: null, ruleCode: null, occurredAt: '', facts: '  ' }, NOW)).toEqual({
      ok: false,
      errors: {
        subjectId: 'violations.form.required',
        ruleCode: 'violations.form.required',
        occurredAt: 'violations.form.required',
        facts: 'violations.form.required',
      },
    });
    const later = new Date(NOW.getTime() + 3_600_000);
    const local = `${later.getFullYear()}-${String(later.getMonth() + 1).padStart(2, '0')}-${String(later.getDate()).padStart(2, '0')}T${String(later.getHours()).padStart(2, '0')}:${String(later.getMinutes()).padStart(2, '0')}`;
    expect(buildViolation({ ...draft, occurredAt: local }, NOW)).toEqual({ ok: false, errors: { occurredAt: 'violations.form.future' } });
  });

  it('a complete draft is the request, facts trimmed', () => {
    const built = buildViolation({ ...draft, occurredAt: '2026-11-17T09:30' }, NOW);
    expect(built).toEqual({
      ok: true,
      body: {
        subjectType: 'store',
        subjectId: 1,
        ruleCode: 'WJ-001',
        occurredAt: new Date('2026-11-17T09:30').toISOString(),
        facts: '早班迟到',
      },
    });
  });
});

describe('buildRule', () => {
  const rule = { code: ' wj-012 ', title: '未佩戴工牌', category: 'service' as const, description: '当班未佩戴工牌', steps: [] as never[] };

  it.each([
    [
      'a fine in 元 becomes 分',
      [
        { kind: 'verbal_warning', yuan: '' },
        { kind: 'fine', yuan: '200.5' },
      ],
      [{ kind: 'verbal_warning' }, { kind: 'fine', amountFen: 20_050 }],
    ],
    ['a non-fine step drops any amount typed', [{ kind: 'written_warning', yuan: '5' }], [{ kind: 'written_warning' }]],
  ])('%s', (_name, steps, expected) => {
    const built = buildRule({ ...rule, steps: steps as never }, true);
    expect(built).toMatchObject({ ok: true, code: 'WJ-012', steps: expected });
  });

  it.each([
    ['0', 'zero'],
    ['1.234', 'three decimals'],
    ['100000.01', 'over ¥10 万'],
    ['', 'empty'],
  ])('a fine of "%s" (%s) is refused at its step', (yuan) => {
    const built = buildRule(
      {
        ...rule,
        steps: [
          { kind: 'verbal_warning', yuan: '' },
          { kind: 'fine', yuan },
        ],
      },
      true,
    );
    expect(built).toEqual({ ok: false, errors: { stepAmounts: { 1: 'violations.rules.amountInvalid' } } });
  });

  it('a new rule needs a code like WJ-012 and 1 to 6 steps; an edited one keeps its code', () => {
    expect(buildRule({ ...rule, code: 'W-12', steps: [] }, true)).toEqual({
      ok: false,
      errors: { code: 'violations.rules.codeFormat', steps: 'violations.rules.stepCount' },
    });
    expect(buildRule({ ...rule, code: 'anything', steps: [{ kind: 'demotion', yuan: '' }] }, false)).toMatchObject({ ok: true });
  });
});

describe('words and errors', () => {
  const i18n = { t: (key: string) => key, locale: () => 'zh-CN' } as unknown as I18nService;

  it('a fine shows its amount in 元, zh-CN', () => {
    expect(penaltyText({ kind: 'fine', amountFen: 10_000 }, (k) => (k === 'violations.penalty.fine' ? '罚款' : k), 'zh-CN')).toBe(
      '罚款 ¥100.00',
    );
    expect(penaltyText({ kind: 'verbal_warning' }, () => '口头警告', 'zh-CN')).toBe('口头警告');
  });

  it.each([
    [
      'a stale version',
      { statusCode: 409, error: 'Conflict', message: '记录已被他人修改', details: [{ field: 'version', problem: 'stale' }] },
      'violations.error.conflict',
    ],
    ['the appeal already used (409, no version)', { statusCode: 409, error: 'Conflict', message: '已申诉过', details: [] }, '已申诉过'],
    ['a refused file', { statusCode: 415, error: 'Unsupported', message: 'x', details: [] }, 'violations.error.fileType'],
    ['no network', { statusCode: 0, error: '', message: '', details: [] }, 'common.networkError'],
    [
      'a 400 with problems',
      {
        statusCode: 400,
        error: 'Bad Request',
        message: '请求有误',
        details: [{ field: 'facts', code: 'validation.required', problem: '违纪事实必填' }],
      },
      '请求有误；违纪事实必填',
    ],
  ])('%s → %s', (_name, error, expected) => {
    expect(violationErrorText(error, i18n)).toContain(expected);
  });
});
