import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CreateStoreClosureRequest,
  StoreClosureResponse,
  WorkCalendarImportResponse,
  WorkCalendarResponse,
  WorkCalendarYearsResponse,
  WorkingHoursRequest,
  WorkingHoursResponse,
} from '@storeops/shared/contracts';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { RequestState } from '@storeops/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { WorkCalendarApi } from './work-calendar-api';

/**
 * 工作日历: one year's days at a time, the years entered (and whether next year is still missing), the working hours
 * and the stores' closures, each with its own loading/error so one failed part does not blank the others. Writes
 * (import, hours, closures) share one state; they reject with the ApiError for the page to show.
 */
@Injectable()
export class WorkCalendarStore {
  private readonly api = inject(WorkCalendarApi);
  private readonly storeSource = inject(StorePickerSource);
  private readonly yearState = new RequestState();
  private readonly yearsState = new RequestState();
  private readonly hoursState = new RequestState();
  private readonly closuresState = new RequestState();
  private readonly writes = new RequestState();
  private readonly labels = signal<ReadonlyMap<number, string>>(new Map());

  readonly year = signal<number | null>(null);
  readonly calendar = signal<WorkCalendarResponse | null>(null);
  readonly years = signal<WorkCalendarYearsResponse | null>(null);
  readonly hours = signal<WorkingHoursResponse | null>(null);
  readonly closures = signal<StoreClosureResponse[] | null>(null);
  readonly storeLabels = this.labels.asReadonly();

  readonly loading = this.yearState.loading;
  readonly error = this.yearState.error;
  readonly yearsError = this.yearsState.error;
  readonly hoursLoading = this.hoursState.loading;
  readonly hoursError = this.hoursState.error;
  readonly closuresLoading = this.closuresState.loading;
  readonly closuresError = this.closuresState.error;
  readonly saving = this.writes.loading;

  /** The years to choose from: those entered, next year (to import it) and the one shown, in order. */
  readonly yearChoices = computed(() => {
    const years = this.years();
    const shown = this.year();
    const all = new Set<number>(years?.years.map((y) => y.year) ?? []);
    if (years) all.add(years.nextYear);
    if (shown !== null) all.add(shown);
    return [...all].sort((a, b) => a - b);
  });

  /** Everything the page shows, each part on its own. */
  async load(year: number): Promise<void> {
    await Promise.all([this.select(year), this.loadYears(), this.loadHours(), this.loadClosures()]);
  }

  async select(year: number): Promise<void> {
    this.year.set(year);
    try {
      const calendar = await this.yearState.run(this.api.year({ year }));
      // A later choice has already been asked for: its answer is the one to show.
      if (this.year() === year) this.calendar.set(calendar);
    } catch {
      if (this.year() === year) this.calendar.set(null);
    }
  }

  async loadYears(): Promise<void> {
    try {
      this.years.set(await this.yearsState.run(this.api.years()));
    } catch {
      // yearsError() carries it; the year shown still loads.
    }
  }

  async loadHours(): Promise<void> {
    try {
      this.hours.set(await this.hoursState.run(this.api.hours()));
    } catch {
      // hoursError() carries it.
    }
  }

  async loadClosures(): Promise<void> {
    try {
      const closures = await this.closuresState.run(this.api.closures());
      this.closures.set(closures);
      await this.labelStores(closures);
    } catch {
      // closuresError() carries it.
    }
  }

  /** Replaces the year with the sheet; the years' list (and so the missing-year warning) is read again. */
  async importSheet(year: number, file: File): Promise<WorkCalendarImportResponse> {
    const saved = await this.writes.run(this.api.importSheet(year, file));
    if (this.year() === year) this.calendar.set(saved);
    await this.loadYears();
    return saved;
  }

  async saveHours(body: WorkingHoursRequest): Promise<WorkingHoursResponse> {
    const saved = await this.writes.run(this.api.saveHours(body));
    this.hours.set(saved);
    // The year's answer carries the hours too.
    const calendar = this.calendar();
    if (calendar) this.calendar.set({ ...calendar, hours: saved.hours });
    return saved;
  }

  async addClosure(body: CreateStoreClosureRequest): Promise<StoreClosureResponse> {
    const added = await this.writes.run(this.api.addClosure(body));
    await this.loadClosures();
    return added;
  }

  async removeClosure(id: number): Promise<void> {
    await this.writes.run(this.api.removeClosure(id));
    this.closures.update((list) => list?.filter((c) => c.id !== id) ?? null);
  }

  private async labelStores(closures: readonly StoreClosureResponse[]): Promise<void> {
    const known = this.labels();
    const missing = [...new Set(closures.map((c) => c.storeId).filter((id) => !known.has(id)))];
    if (!missing.length) return;
    try {
      const options = await firstValueFrom(this.storeSource.resolveMany(missing));
      const next = new Map(this.labels());
      for (const o of options) next.set(o.id, `${o.code} ${o.name}`);
      this.labels.set(next);
    } catch {
      // Without names the rows still show the store's id.
    }
  }
}
