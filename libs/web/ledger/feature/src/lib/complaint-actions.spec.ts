import { buildTransition, closeBlockedByFollowUp, emptyDraft } from './complaint-actions';

const draft = (patch = {}) => ({ ...emptyDraft({ storeId: 1, responsibleStoreId: null, compensation: null }), ...patch });

describe('buildTransition', () => {
  it('judge valid: the responsible store (the complaint’s own by default) and whether the customer was told', () => {
    expect(buildTransition('judge', draft({ valid: true, customerInformed: true }))).toEqual({
      ok: true,
      body: { action: 'judge', valid: true, responsibleStoreId: 1, responsibleDepartment: null, customerInformed: true },
    });
  });

  it('judge: neither valid nor not valid chosen yet → the choice is required', () => {
    expect(buildTransition('judge', draft())).toEqual({ ok: false, errors: { valid: 'complaints.form.required' } });
  });

  it('judge valid with no store and no department → names the responsible party as missing', () => {
    const built = buildTransition('judge', draft({ valid: true, responsibleStoreId: null }));
    expect(built).toEqual({ ok: false, errors: { responsibleStoreId: 'complaints.form.responsibleRequired' } });
  });

  it('judge not valid needs the reason', () => {
    expect(buildTransition('judge', draft({ valid: false, reason: '  ' }))).toEqual({
      ok: false,
      errors: { reason: 'complaints.form.required' },
    });
    expect(buildTransition('judge', draft({ valid: false, reason: '顾客误解保质期' }))).toEqual({
      ok: true,
      body: { action: 'judge', valid: false, reason: '顾客误解保质期', customerInformed: false },
    });
  });

  it('propose_plan: 元 typed become exact 分 (12.9 → 1290), empty is 0, three decimals are refused', () => {
    expect(buildTransition('propose_plan', draft({ plan: '退货并赔偿', compensationYuan: '12.9' }))).toEqual({
      ok: true,
      body: { action: 'propose_plan', plan: '退货并赔偿', compensation: 1290 },
    });
    expect(buildTransition('propose_plan', draft({ plan: '道歉', compensationYuan: '' }))).toMatchObject({
      ok: true,
      body: { compensation: 0 },
    });
    expect(buildTransition('propose_plan', draft({ plan: '道歉', compensationYuan: '1.234' }))).toEqual({
      ok: false,
      errors: { compensationYuan: 'complaints.form.amountInvalid' },
    });
    expect(buildTransition('propose_plan', draft({ compensationYuan: '-5' }))).toEqual({
      ok: false,
      errors: { plan: 'complaints.form.required', compensationYuan: 'complaints.form.amountInvalid' },
    });
  });

  it.each(['return_plan', 'reopen'] as const)('%s needs a comment (the reason)', (action) => {
    expect(buildTransition(action, draft())).toEqual({ ok: false, errors: { comment: 'complaints.form.commentRequired' } });
    expect(buildTransition(action, draft({ comment: ' 赔偿过高 ' }))).toEqual({ ok: true, body: { action, comment: '赔偿过高' } });
  });

  it('resolve needs what was done and a cause from the list; the supplier only when chosen', () => {
    expect(buildTransition('resolve', draft())).toEqual({
      ok: false,
      errors: { resolution: 'complaints.form.required', causeCode: 'complaints.form.required' },
    });
    expect(buildTransition('resolve', draft({ resolution: '已退款', causeCode: 'product', compensationPaidYuan: '20' }))).toEqual({
      ok: true,
      body: { action: 'resolve', resolution: '已退款', causeCode: 'product', compensationPaid: 2000 },
    });
  });

  it('follow_up reached needs the satisfaction; not reached is recorded without one, with the call time', () => {
    const now = new Date('2026-11-18T02:00:00Z');
    expect(buildTransition('follow_up', draft({ reached: true }), now)).toEqual({
      ok: false,
      errors: { satisfaction: 'complaints.form.required' },
    });
    expect(buildTransition('follow_up', draft({ reached: true, satisfaction: 'satisfied', notes: '顾客表示满意' }), now)).toEqual({
      ok: true,
      body: { action: 'follow_up', reached: true, satisfaction: 'satisfied', notes: '顾客表示满意', calledAt: '2026-11-18T02:00:00.000Z' },
    });
    expect(buildTransition('follow_up', draft({ reached: false, satisfaction: 'satisfied' }), now)).toEqual({
      ok: true,
      body: { action: 'follow_up', reached: false, calledAt: '2026-11-18T02:00:00.000Z' },
    });
  });
});

describe('closeBlockedByFollowUp', () => {
  const reached = { at: '', by: 'office', reached: true, satisfaction: 'satisfied' as const, notes: null, outsideCallingHours: false };
  it('a key customer’s valid complaint without a reached follow-up cannot close; with one, or an ordinary customer, it can', () => {
    expect(
      closeBlockedByFollowUp({ keyCustomer: true, valid: true, followUps: [{ ...reached, reached: false, satisfaction: null }] }),
    ).toBe(true);
    expect(closeBlockedByFollowUp({ keyCustomer: true, valid: true, followUps: [reached] })).toBe(false);
    expect(closeBlockedByFollowUp({ keyCustomer: false, valid: true, followUps: [] })).toBe(false);
    expect(closeBlockedByFollowUp({ keyCustomer: true, valid: false, followUps: [] })).toBe(false);
  });
});
