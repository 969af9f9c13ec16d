import { Role } from '@storeops/shared/contracts';
import { ActionDraft, dueInstant, isBlankAction, itemsFromTemplate, MeetingDraft, toCreateMeetingRequest } from './meeting-form';
import { canComplete, canMakeCorrective } from './meetings-shared';
import { MeetingActionResponse } from '@storeops/shared/contracts';

const draft = (patch: Partial<MeetingDraft> = {}): MeetingDraft => ({
  seriesId: 1,
  heldAt: '2026-11-18T09:00',
  title: '',
  attendeeIds: [3, 5],
  items: [],
  minutes: '',
  decisions: '',
  actions: [],
  ...patch,
});
const act = (patch: Partial<ActionDraft> = {}): ActionDraft => ({
  title: '补齐价签',
  ownerId: 5,
  dueDate: '2026-11-25',
  storeId: null,
  ...patch,
});

describe('new meeting form → POST /api/meetings', () => {
  it('sends the held-at instant and no optional field left empty', () => {
    const body = toCreateMeetingRequest(draft());
    expect(body).toEqual({
      seriesId: 1,
      heldAt: new Date('2026-11-18T09:00').toISOString(),
      attendeeIds: [3, 5],
      items: [],
      actions: [],
    });
  });

  it.each([
    ['trims the title', { title: '  第47周例会 ' }, { title: '第47周例会' }],
    [
      'keeps the minutes inside, trims their ends',
      { minutes: '\n销售：完成 92%\n价签：待改\n' },
      { minutes: '销售：完成 92%\n价签：待改' },
    ],
    [
      'one decision per non-empty line',
      { decisions: '生鲜区周五前补齐价签\r\n\n  下周起晨会点检 ' },
      { decisions: ['生鲜区周五前补齐价签', '下周起晨会点检'] },
    ],
    ['an attendee picked twice goes once', { attendeeIds: [3, 5, 3] }, { attendeeIds: [3, 5] }],
  ] as const)('%s', (_name, patch, expected) => {
    expect(toCreateMeetingRequest(draft(patch as Partial<MeetingDraft>))).toMatchObject(expected);
  });

  it('drops blank agenda rows and sends a store or notes only when given', () => {
    const body = toCreateMeetingRequest(
      draft({
        items: [
          { title: ' 本周销售 ', storeId: null, notes: '' },
          { title: '   ', storeId: 4, notes: '' },
          { title: 'BJ001 价签', storeId: 4, notes: ' 生鲜区 ' },
        ],
      }),
    );
    expect(body.items).toEqual([{ title: '本周销售' }, { title: 'BJ001 价签', storeId: 4, notes: '生鲜区' }]);
  });

  it('maps actions to an owner and a due instant (18:00 Beijing of the due day), dropping untouched rows', () => {
    const body = toCreateMeetingRequest(
      draft({ actions: [act({ storeId: 4 }), act({ title: '', ownerId: null, dueDate: null }), act({ title: ' 复查 ' })] }),
    );
    expect(body.actions).toEqual([
      { title: '补齐价签', ownerId: 5, dueAt: '2026-11-25T10:00:00.000Z', storeId: 4 },
      { title: '复查', ownerId: 5, dueAt: '2026-11-25T10:00:00.000Z' },
    ]);
  });

  it('refuses an action without an owner or a due day (the form marks it first)', () => {
    expect(() => toCreateMeetingRequest(draft({ actions: [act({ ownerId: null })] }))).toThrow();
    expect(() => toCreateMeetingRequest(draft({ actions: [act({ dueDate: null })] }))).toThrow();
    expect(() => toCreateMeetingRequest(draft({ seriesId: null }))).toThrow();
  });

  it.each([
    [act(), false],
    [act({ title: '', ownerId: null, dueDate: null }), true],
    [act({ title: '', ownerId: null, dueDate: null, storeId: 2 }), false],
  ])('a row %j is blank: %s', (row, blank) => {
    expect(isBlankAction(row)).toBe(blank);
  });

  it('due instants are China days whatever the browser zone', () => {
    expect(dueInstant('2026-12-31')).toBe('2026-12-31T10:00:00.000Z');
  });

  it('a series starts the agenda from its template', () => {
    expect(itemsFromTemplate({ agendaTemplate: ['上周事项跟进', '本周销售'] })).toEqual([
      { title: '上周事项跟进', storeId: null, notes: '' },
      { title: '本周销售', storeId: null, notes: '' },
    ]);
    expect(itemsFromTemplate(undefined)).toEqual([]);
  });
});

describe('who may act on an action', () => {
  const a = (patch: Partial<MeetingActionResponse> = {}) =>
    ({ id: 1, ownerId: 5, status: 'open', storeId: 4, correctiveActionId: null, ...patch }) as MeetingActionResponse;

  it.each([
    ['the owner, a 店长', a(), Role.StoreManager, 5, true],
    ['another 店长', a(), Role.StoreManager, 6, false],
    ['the office', a(), Role.AdminOffice, 1, true],
    ['the 营运部长', a(), Role.OpsManager, 2, true],
    ['nobody on a done action', a({ status: 'done' }), Role.AdminOffice, 1, false],
    ['no one signed in', a(), null, null, false],
  ] as const)('完成: %s → %s', (_n, action, role, userId, expected) => {
    expect(canComplete(action, role, userId)).toBe(expected);
  });

  it.each([
    ['a manager, an open action for a store', a(), Role.Director, true],
    ['the owner who is no manager', a(), Role.StoreManager, false],
    ['no store', a({ storeId: null }), Role.AdminOffice, false],
    ['already one', a({ correctiveActionId: 9 }), Role.AdminOffice, false],
    ['done', a({ status: 'done' }), Role.AdminOffice, false],
  ] as const)('转为整改: %s → %s', (_n, action, role, expected) => {
    expect(canMakeCorrective(action, role)).toBe(expected);
  });
});
