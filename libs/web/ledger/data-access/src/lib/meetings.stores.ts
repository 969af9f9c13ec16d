import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CreateMeetingRequest,
  MeetingActionResponse,
  MeetingListItem,
  MeetingPerson,
  MeetingResponse,
  MeetingSeriesResponse,
} from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { groupMeetingsBySeries, withAction } from './meeting-grouping';
import { MeetingsApi } from './meetings-api';

/**
 * /meetings: the series with their meetings (a non-manager gets only the meetings they attended, and no series
 * list), and 我的待办 — the caller's own open actions.
 */
@Injectable()
export class MeetingsHomeStore {
  private readonly api = inject(MeetingsApi);
  private readonly state = new RequestState();
  private readonly todoState = new RequestState();
  private readonly writes = new RequestState();
  readonly series = signal<MeetingSeriesResponse[]>([]);
  readonly meetings = signal<MeetingListItem[]>([]);
  readonly myActions = signal<MeetingActionResponse[]>([]);
  readonly loaded = signal(false);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly todoLoading = this.todoState.loading;
  readonly todoError = this.todoState.error;
  readonly groups = computed(() => groupMeetingsBySeries(this.meetings(), this.series()));

  /** `withSeries`: the caller manages meetings and may read the series list (others get 403 there). */
  async load(withSeries: boolean): Promise<void> {
    await Promise.all([this.loadMeetings(withSeries), this.loadTodo()]);
  }

  private async loadMeetings(withSeries: boolean): Promise<void> {
    try {
      const [series, meetings] = await Promise.all([
        withSeries ? this.state.run(this.api.series()) : Promise.resolve([]),
        this.state.run(this.api.list()),
      ]);
      this.series.set(series);
      this.meetings.set(meetings);
      this.loaded.set(true);
    } catch {
      // error() carries it.
    }
  }

  async loadTodo(): Promise<void> {
    try {
      this.myActions.set(await this.todoState.run(this.api.actions({ mine: true, status: 'open' })));
    } catch {
      // todoError() carries it.
    }
  }

  /** 完成 from 我的待办, on the version shown (409 when someone changed it first): it leaves the list. */
  async complete(action: MeetingActionResponse): Promise<void> {
    await this.writes.run(this.api.updateAction(action.id, { status: 'done', version: action.version }));
    this.myActions.update((list) => list.filter((a) => a.id !== action.id));
  }
}

/** /meetings/new: the series and their templates, the people to pick, the open actions that may carry over. */
@Injectable()
export class MeetingFormStore {
  private readonly api = inject(MeetingsApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  readonly series = signal<MeetingSeriesResponse[]>([]);
  readonly people = signal<MeetingPerson[]>([]);
  readonly openActions = signal<MeetingActionResponse[]>([]);
  readonly loaded = signal(false);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly activeSeries = computed(() => this.series().filter((s) => s.active));

  async load(): Promise<void> {
    try {
      const [series, people, open] = await Promise.all([
        this.state.run(this.api.series()),
        this.state.run(this.api.people()),
        // A manager reads every open action; the carry-over preview filters them by series and time.
        this.state.run(this.api.actions({ status: 'open' })),
      ]);
      this.series.set(series);
      this.people.set(people);
      this.openActions.set(open);
      this.loaded.set(true);
    } catch {
      // error() carries it.
    }
  }

  /** Rejects with the ApiError, whose details name the fields (`actions.0.ownerId` …). */
  create(body: CreateMeetingRequest): Promise<MeetingResponse> {
    return this.writes.run(this.api.create(body));
  }
}

/** /meetings/:id: one meeting, 完成 and 转为整改 on its actions, the minutes as a file. */
@Injectable()
export class MeetingStore {
  private readonly api = inject(MeetingsApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  private readonly downloads = new RequestState();
  readonly meeting = signal<MeetingResponse | null>(null);
  /** The action a write is running on (its buttons wait). */
  readonly busyActionId = signal<number | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly exporting = this.downloads.loading;

  async load(id: number): Promise<void> {
    try {
      this.meeting.set(await this.state.run(this.api.get(id)));
    } catch {
      // error() carries it.
    }
  }

  /** 完成 on the version shown: someone else's change first answers 409 (rethrown as the ApiError). */
  async complete(action: MeetingActionResponse): Promise<MeetingActionResponse> {
    return this.onAction(action.id, async () => {
      const updated = await this.writes.run(this.api.updateAction(action.id, { status: 'done', version: action.version }));
      this.replace(updated);
      return updated;
    });
  }

  /** 转为整改: the store's corrective action; the meeting is read again (the action's version moved on). */
  async toCorrectiveAction(action: MeetingActionResponse): Promise<number> {
    return this.onAction(action.id, async () => {
      const result = await this.writes.run(this.api.toCorrectiveAction(action.id, action.version));
      const current = this.meeting();
      if (current) await this.load(current.id);
      return result.correctiveActionId;
    });
  }

  minutes(): Promise<Blob> {
    const current = this.meeting();
    if (!current) return Promise.reject(new Error('no meeting loaded'));
    return this.downloads.run(this.api.minutes(current.id));
  }

  private async onAction<T>(id: number, run: () => Promise<T>): Promise<T> {
    this.busyActionId.set(id);
    try {
      return await run();
    } finally {
      this.busyActionId.set(null);
    }
  }

  private replace(updated: MeetingActionResponse): void {
    const current = this.meeting();
    if (current) this.meeting.set(withAction(current, updated));
  }
}
