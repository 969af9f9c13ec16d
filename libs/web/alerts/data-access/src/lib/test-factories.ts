import { AlertItem, StoreClosureResponse, WorkCalendarResponse } from '@storeops/shared/contracts';

/** One alert as the API sends it; tests change what they are about. */
export function alertItem(patch: Partial<AlertItem> = {}): AlertItem {
  const entityId = patch.entityId ?? 12;
  return {
    key: `corrective_action:${entityId}`,
    kind: 'corrective_action',
    entity: 'corrective_action',
    entityId,
    title: '冷柜温度超标',
    storeId: 1,
    ownerId: 7,
    dueAt: '2026-11-19T10:00:00.000Z',
    status: 'due_soon',
    workingMinutesLeft: 180,
    escalationLevel: 0,
    myPart: 'owner',
    ref: {},
    ...patch,
  };
}

/** A year as `GET /api/work-calendar` sends it, with only the exceptions given (the other days left out). */
export function workCalendar(patch: Partial<WorkCalendarResponse> = {}): WorkCalendarResponse {
  return {
    year: 2026,
    source: 'package',
    updatedBy: null,
    updatedAt: null,
    version: 1,
    hours: { start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:00' },
    days: [
      { date: '2026-10-01', type: 'holiday', name: '国庆节' },
      { date: '2026-10-10', type: 'makeup_workday', name: '国庆节' },
    ],
    ...patch,
  };
}

export function storeClosure(patch: Partial<StoreClosureResponse> = {}): StoreClosureResponse {
  return {
    id: 1,
    storeId: 3,
    from: '2026-12-10',
    to: '2026-12-20',
    reason: '闭店装修',
    createdBy: 'office',
    createdAt: '2026-12-01T02:00:00.000Z',
    ...patch,
  };
}
