import { CarryOverAction, carriedOver, isCarriedOver } from './meetings';

const S = 1;
const M1 = '2026-11-04T09:00:00+08:00';
const M2 = '2026-11-11T09:00:00+08:00';
const M3 = '2026-11-18T09:00:00+08:00';

describe('isCarriedOver: an open action of meeting M of series S goes into every later meeting of S until done', () => {
  const rows: Array<[string, CarryOverAction, { seriesId: number; heldAt: string }, boolean]> = [
    [
      'open, into the next meeting of the series',
      { seriesId: S, meetingHeldAt: M1, status: 'open', doneAt: null },
      { seriesId: S, heldAt: M2 },
      true,
    ],
    ['open, into every later one', { seriesId: S, meetingHeldAt: M1, status: 'open', doneAt: null }, { seriesId: S, heldAt: M3 }, true],
    ['not into its own meeting', { seriesId: S, meetingHeldAt: M2, status: 'open', doneAt: null }, { seriesId: S, heldAt: M2 }, false],
    ['not into an earlier meeting', { seriesId: S, meetingHeldAt: M2, status: 'open', doneAt: null }, { seriesId: S, heldAt: M1 }, false],
    ['never into another series', { seriesId: S, meetingHeldAt: M1, status: 'open', doneAt: null }, { seriesId: 2, heldAt: M2 }, false],
    [
      'done before the later meeting: gone',
      { seriesId: S, meetingHeldAt: M1, status: 'done', doneAt: '2026-11-10T12:00:00+08:00' },
      { seriesId: S, heldAt: M2 },
      false,
    ],
    [
      'done exactly at the later meeting: gone',
      { seriesId: S, meetingHeldAt: M1, status: 'done', doneAt: M2 },
      { seriesId: S, heldAt: M2 },
      false,
    ],
    [
      'done after that meeting: it was open then',
      { seriesId: S, meetingHeldAt: M1, status: 'done', doneAt: '2026-11-12T12:00:00+08:00' },
      { seriesId: S, heldAt: M2 },
      true,
    ],
    [
      'done between meetings 2 and 3: gone from 3',
      { seriesId: S, meetingHeldAt: M1, status: 'done', doneAt: '2026-11-12T12:00:00+08:00' },
      { seriesId: S, heldAt: M3 },
      false,
    ],
    ['done without an instant: gone', { seriesId: S, meetingHeldAt: M1, status: 'done', doneAt: null }, { seriesId: S, heldAt: M2 }, false],
    [
      'Date instants work the same',
      { seriesId: S, meetingHeldAt: new Date(M1), status: 'open', doneAt: null },
      { seriesId: S, heldAt: M2 },
      true,
    ],
  ];
  it.each(rows)('%s', (_name, action, meeting, expected) => {
    expect(isCarriedOver(action, meeting)).toBe(expected);
  });

  it('carriedOver keeps the order and only the carried ones', () => {
    const actions = [
      { id: 1, seriesId: S, meetingHeldAt: M1, status: 'open' as const, doneAt: null },
      { id: 2, seriesId: 2, meetingHeldAt: M1, status: 'open' as const, doneAt: null },
      { id: 3, seriesId: S, meetingHeldAt: M1, status: 'done' as const, doneAt: M1 },
      { id: 4, seriesId: S, meetingHeldAt: M2, status: 'open' as const, doneAt: null },
    ];
    expect(carriedOver(actions, { seriesId: S, heldAt: M3 }).map((a) => a.id)).toEqual([1, 4]);
    expect(carriedOver(actions, { seriesId: S, heldAt: M2 }).map((a) => a.id)).toEqual([1]);
  });
});
