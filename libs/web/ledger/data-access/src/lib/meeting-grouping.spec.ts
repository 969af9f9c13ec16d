import { MeetingActionResponse, MeetingListItem, MeetingResponse, MeetingSeriesResponse } from '@storeops/shared/contracts';
import { carryOverPreview, groupMeetingsBySeries, isOverdue, splitMyActions, withAction } from './meeting-grouping';

const NOW = new Date('2026-11-18T10:00:00+08:00');

function action(patch: Partial<MeetingActionResponse> = {}): MeetingActionResponse {
  return {
    id: 1,
    meetingId: 10,
    seriesId: 1,
    meetingTitle: '营运例会 2026-11-11',
    meetingHeldAt: '2026-11-11T01:00:00.000Z',
    title: '补齐生鲜区价签',
    ownerId: 5,
    ownerName: '张店长',
    dueAt: '2026-11-20T10:00:00.000Z',
    storeId: null,
    status: 'open',
    doneAt: null,
    doneBy: null,
    correctiveActionId: null,
    version: 1,
    ...patch,
  };
}

function meeting(patch: Partial<MeetingListItem>): MeetingListItem {
  return {
    id: 1,
    seriesId: 1,
    seriesName: '营运例会',
    title: '营运例会',
    heldAt: '2026-11-11T01:00:00.000Z',
    attendeeCount: 3,
    actionCount: 0,
    openActionCount: 0,
    ...patch,
  };
}

const series = (id: number, name: string, active = true): MeetingSeriesResponse => ({
  id,
  code: `s${id}`,
  name,
  cadence: 'weekly',
  agendaTemplate: [],
  active,
});

describe('isOverdue', () => {
  it.each([
    ['open, due a minute ago', 'open', '2026-11-18T01:59:00.000Z', true],
    ['open, due exactly now', 'open', '2026-11-18T02:00:00.000Z', false],
    ['open, due tomorrow', 'open', '2026-11-19T02:00:00.000Z', false],
    ['done, due last week (done is never overdue)', 'done', '2026-11-11T02:00:00.000Z', false],
  ] as const)('%s → %s', (_name, status, dueAt, expected) => {
    expect(isOverdue({ status, dueAt }, NOW)).toBe(expected);
  });
});

describe('splitMyActions (我的待办)', () => {
  it('puts the overdue ones first, each group by due instant, and leaves done ones out', () => {
    const list = [
      action({ id: 1, dueAt: '2026-11-25T10:00:00.000Z' }),
      action({ id: 2, dueAt: '2026-11-15T10:00:00.000Z' }),
      action({ id: 3, dueAt: '2026-11-19T10:00:00.000Z' }),
      action({ id: 4, dueAt: '2026-11-10T10:00:00.000Z' }),
      action({ id: 5, dueAt: '2026-11-01T10:00:00.000Z', status: 'done', doneAt: '2026-11-02T00:00:00.000Z' }),
    ];
    const { overdue, upcoming } = splitMyActions(list, NOW);
    expect(overdue.map((a) => a.id)).toEqual([4, 2]);
    expect(upcoming.map((a) => a.id)).toEqual([3, 1]);
  });

  it('is empty for no actions', () => {
    expect(splitMyActions([], NOW)).toEqual({ overdue: [], upcoming: [] });
  });
});

describe('groupMeetingsBySeries', () => {
  it('follows the series list, keeps a series without meetings, and lists each newest first', () => {
    const groups = groupMeetingsBySeries(
      [
        meeting({ id: 1, seriesId: 1, heldAt: '2026-11-04T01:00:00.000Z' }),
        meeting({ id: 2, seriesId: 1, heldAt: '2026-11-11T01:00:00.000Z' }),
        meeting({ id: 3, seriesId: 2, seriesName: '经营分析会', heldAt: '2026-10-30T06:00:00.000Z' }),
      ],
      [series(2, '经营分析会'), series(1, '营运例会'), series(3, '专题会')],
    );
    expect(groups.map((g) => [g.name, g.meetings.map((m) => m.id)])).toEqual([
      ['经营分析会', [3]],
      ['营运例会', [2, 1]],
      ['专题会', []],
    ]);
  });

  it('without the series list (a 店长) names each series from its meetings; an inactive series shows only with meetings', () => {
    const groups = groupMeetingsBySeries(
      [
        meeting({ id: 7, seriesId: 4, seriesName: '旧例会', heldAt: '2026-11-12T01:00:00.000Z' }),
        meeting({ id: 8, seriesId: 1, seriesName: '营运例会' }),
      ],
      [series(4, '旧例会', false), series(5, '停用会', false)],
    );
    expect(groups.map((g) => [g.seriesId, g.name, g.series?.id ?? null])).toEqual([
      [4, '旧例会', 4],
      [1, '营运例会', null],
    ]);
  });
});

describe('carryOverPreview (what a new meeting will list as 上次遗留)', () => {
  const open = [
    action({ id: 1, seriesId: 1, meetingHeldAt: '2026-11-11T01:00:00.000Z' }),
    action({ id: 2, seriesId: 1, meetingHeldAt: '2026-11-04T01:00:00.000Z' }),
    action({ id: 3, seriesId: 2, meetingHeldAt: '2026-11-04T01:00:00.000Z' }),
    action({ id: 4, seriesId: 1, meetingHeldAt: '2026-11-19T01:00:00.000Z' }),
  ];

  it.each([
    ['no series picked', null, '2026-11-18T02:00:00.000Z', []],
    ['no time given', 1, null, []],
    ['series 1 today: its earlier meetings only, oldest first', 1, '2026-11-18T02:00:00.000Z', [2, 1]],
    ['series 1 after the 19th: the later one too', 1, '2026-11-20T02:00:00.000Z', [2, 1, 4]],
    ['series 1 at the instant of the 11th: not its own meeting', 1, '2026-11-11T01:00:00.000Z', [2]],
    ['series 2: never another series’ actions', 2, '2026-11-18T02:00:00.000Z', [3]],
  ] as const)('%s', (_name, seriesId, heldAt, ids) => {
    expect(carryOverPreview(open, seriesId, heldAt ? new Date(heldAt) : null).map((a) => a.id)).toEqual(ids);
  });

  it('an invalid time carries nothing', () => {
    expect(carryOverPreview(open, 1, new Date('not a day'))).toEqual([]);
  });
});

describe('withAction', () => {
  it('replaces the action where it shows, its own list or the carried-over one', () => {
    const m = { id: 1, actions: [action({ id: 1 })], carriedOver: [action({ id: 2 })] } as MeetingResponse;
    const done = action({ id: 2, status: 'done', version: 2 });
    const next = withAction(m, done);
    expect(next.carriedOver[0]).toBe(done);
    expect(next.actions[0]).toBe(m.actions[0]);
    expect(m.carriedOver[0].status).toBe('open');
  });
});
