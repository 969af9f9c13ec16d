import { Injectable, computed, inject, signal } from '@angular/core';
import {
  AppealDecision,
  CreateViolationRequest,
  CreateViolationRuleRequest,
  UpdateViolationRuleRequest,
  ViolationAttachmentResponse,
  ViolationDepartmentResponse,
  ViolationListItem,
  ViolationPreviewQuery,
  ViolationPreviewResponse,
  ViolationQuery,
  ViolationResponse,
  ViolationRuleResponse,
  ViolationSubjectOption,
  ViolationSubjectQuery,
} from '@storeops/shared/contracts';
import { PagedListStore, RequestState } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';
import { ViolationsApi } from './violations-api';

/** The list's filters, without its paging. */
export type ViolationFilters = Omit<ViolationQuery, 'page' | 'pageSize'>;

/** The violations list (a 店长's is narrowed to their store by the API): one page under the chosen filters. */
@Injectable()
export class ViolationListStore extends PagedListStore<ViolationListItem, ViolationQuery> {
  private readonly api = inject(ViolationsApi);

  protected fetch(query: ViolationQuery) {
    return this.api.list(query);
  }

  /** New filters replace the old ones entirely; back to the first page. */
  filter(filters: ViolationFilters): Promise<void> {
    const cleared: Record<keyof ViolationFilters, undefined> = {
      storeId: undefined,
      subjectType: undefined,
      status: undefined,
      ruleCode: undefined,
      from: undefined,
      to: undefined,
    };
    return this.load({ ...cleared, ...filters, page: 1 });
  }
}

/** The rule book 违纪条例 and the chain's departments: read once per session, the rule book again after an edit. */
@Injectable({ providedIn: 'root' })
export class ViolationRulesStore {
  private readonly api = inject(ViolationsApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  private loaded: Promise<void> | null = null;
  readonly rules = signal<ViolationRuleResponse[]>([]);
  readonly departments = signal<ViolationDepartmentResponse[]>([]);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  /** The rules a new violation may cite. */
  readonly activeRules = computed(() => this.rules().filter((r) => r.active));
  readonly ruleByCode = computed(() => new Map(this.rules().map((r) => [r.code, r])));

  load(): Promise<void> {
    this.loaded ??= (async () => {
      try {
        const [rules, departments] = await Promise.all([this.state.run(this.api.rules()), this.state.run(this.api.departments())]);
        this.rules.set(rules);
        this.departments.set(departments);
      } catch {
        // error() carries it; the next call tries again.
        this.loaded = null;
      }
    })();
    return this.loaded;
  }

  /** Reads the rule book again (after a failure, or to see someone else's edit). */
  reload(): Promise<void> {
    this.loaded = null;
    return this.load();
  }

  /** Adds a rule; rejects with the ApiError, whose details name the fields (a code taken names `code`). */
  async create(body: CreateViolationRuleRequest): Promise<ViolationRuleResponse> {
    const created = await this.writes.run(this.api.createRule(body));
    this.rules.update((rules) => [...rules, created].sort((a, b) => a.code.localeCompare(b.code)));
    return created;
  }

  /** Changes a rule; `body.version` is the one shown, so an edit someone else saved first answers 409. */
  async update(id: number, body: UpdateViolationRuleRequest): Promise<ViolationRuleResponse> {
    const updated = await this.writes.run(this.api.updateRule(id, body));
    this.rules.update((rules) => rules.map((r) => (r.id === id ? updated : r)));
    return updated;
  }

  /** The subject picker's choices (people, stores or departments matching `q`). */
  subjects(query: ViolationSubjectQuery): Observable<ViolationSubjectOption[]> {
    return this.api.subjects(query);
  }
}

/**
 * One violation and every write on it. Each write sends the version shown, so a violation someone else moved on
 * answers 409 instead of being overwritten; each answers the violation as it now is, which replaces the one shown.
 */
@Injectable()
export class ViolationStore {
  private readonly api = inject(ViolationsApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  private readonly previews = new RequestState();
  private latestPreview = 0;
  readonly violation = signal<ViolationResponse | null>(null);
  readonly preview = signal<ViolationPreviewResponse | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly saveError = this.writes.error;
  readonly previewing = this.previews.loading;
  readonly previewError = this.previews.error;

  async load(id: number): Promise<void> {
    try {
      this.violation.set(await this.state.run(this.api.get(id)));
    } catch {
      // error() carries it.
    }
  }

  /** What recording would propose; a slower answer to an earlier choice never overwrites a newer one. Null clears it. */
  async loadPreview(query: ViolationPreviewQuery | null): Promise<void> {
    const request = ++this.latestPreview;
    if (!query) {
      this.preview.set(null);
      this.previews.clearError();
      return;
    }
    try {
      const preview = await this.previews.run(this.api.preview(query));
      if (request === this.latestPreview) this.preview.set(preview);
    } catch {
      if (request === this.latestPreview) this.preview.set(null);
    }
  }

  /** Records a violation; rejects with the ApiError, whose details name the fields. */
  async create(body: CreateViolationRequest): Promise<ViolationResponse> {
    const created = await this.writes.run(this.api.create(body));
    this.violation.set(created);
    return created;
  }

  approve(comment?: string): Promise<ViolationResponse> {
    const v = this.current();
    return this.apply(this.api.approve(v.id, { version: v.version, ...(comment ? { comment } : {}) }));
  }

  appeal(reason: string): Promise<ViolationResponse> {
    const v = this.current();
    return this.apply(this.api.appeal(v.id, { reason, version: v.version }));
  }

  decide(decision: AppealDecision, comment?: string): Promise<ViolationResponse> {
    const v = this.current();
    return this.apply(this.api.decideAppeal(v.id, { decision, version: v.version, ...(comment ? { comment } : {}) }));
  }

  /** Uploads evidence, then reads the violation again (its attachment list). */
  async attach(file: File): Promise<ViolationAttachmentResponse> {
    const v = this.current();
    const attachment = await this.writes.run(this.api.attach(v.id, file));
    await this.load(v.id);
    return attachment;
  }

  clearSaveError(): void {
    this.writes.clearError();
  }

  private current(): ViolationResponse {
    const v = this.violation();
    if (!v) throw new Error('no violation loaded');
    return v;
  }

  private async apply(write: Observable<ViolationResponse>): Promise<ViolationResponse> {
    const updated = await this.writes.run(write);
    this.violation.set(updated);
    return updated;
  }
}
