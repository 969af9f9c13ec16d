import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiError, CategoryResponse, InspectionTemplateResponse } from '@storeops/shared/contracts';
import { RequestState, toApiError } from '@storeops/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { CategoriesApi } from '@storeops/web/org/data-access';
import { InspectionsApi } from './inspections-api';
import { TemplateForm, itemCount, toCreateTemplateRequest, toTemplateRequest } from './template-form';

/** One template family (same code): its versions, newest first. */
export interface TemplateFamily {
  code: string;
  latest: InspectionTemplateResponse;
  versions: InspectionTemplateResponse[];
  itemCount: number;
}

/** Groups every version by code; families by name. */
export function toFamilies(templates: readonly InspectionTemplateResponse[]): TemplateFamily[] {
  const byCode = new Map<string, InspectionTemplateResponse[]>();
  for (const t of templates) byCode.set(t.code, [...(byCode.get(t.code) ?? []), t]);
  return [...byCode.entries()]
    .map(([code, versions]) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return { code, latest: sorted[0], versions: sorted, itemCount: itemCount(sorted[0]) };
    })
    .sort((a, b) => a.latest.name.localeCompare(b.latest.name, 'zh-CN') || a.code.localeCompare(b.code));
}

/** What a save did: the saved version, and whether it is a new version (the edited one was used by inspections). */
export interface TemplateSaveOutcome {
  template: InspectionTemplateResponse;
  newVersion: boolean;
  previousVersion: number | null;
}

/** Import failure: the API's 400 with `details: [{ line, column, problem }]`. */
export interface ImportProblem {
  line: number | null;
  column: string | null;
  problem: string;
}

export function importProblems(error: ApiError): ImportProblem[] {
  if (!error.details.length) return [{ line: null, column: null, problem: error.message }];
  return error.details.map((d) => ({
    line: d.line ?? null,
    column: d.column === undefined || d.column === null ? (d.field ?? null) : String(d.column),
    problem: d.problem,
  }));
}

/** 检查表管理: every family with its versions, one template for the editor, save, import. */
@Injectable()
export class TemplatesStore {
  private readonly api = inject(InspectionsApi);
  private readonly categoriesApi = inject(CategoriesApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();

  readonly all = signal<InspectionTemplateResponse[]>([]);
  readonly categories = signal<CategoryResponse[]>([]);
  readonly current = signal<InspectionTemplateResponse | null>(null);
  readonly families = computed(() => toFamilies(this.all()));
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly saveError = this.writes.error;

  categoryName(id: number | null): string | null {
    if (id === null) return null;
    return this.categories().find((c) => c.id === id)?.name ?? `#${id}`;
  }

  async loadList(): Promise<void> {
    try {
      const [all, categories] = await Promise.all([this.state.run(this.api.allTemplates()), this.state.run(this.categoriesApi.all())]);
      this.all.set(all);
      this.categories.set(categories);
    } catch {
      // error() carries it.
    }
  }

  async loadCategories(): Promise<void> {
    try {
      this.categories.set(await this.state.run(this.categoriesApi.all()));
    } catch {
      // error() carries it.
    }
  }

  async loadOne(id: number): Promise<void> {
    try {
      const [one, all] = await Promise.all([this.state.run(this.api.template(id)), this.state.run(this.api.allTemplates())]);
      this.current.set(one);
      this.all.set(all);
    } catch {
      // error() carries it.
    }
  }

  /** Versions of the current template's family, newest first. */
  readonly history = computed(() => {
    const code = this.current()?.code;
    return code
      ? this.all()
          .filter((t) => t.code === code)
          .sort((a, b) => b.version - a.version)
      : [];
  });

  /** True when the current version is the family's latest (only that one can be edited). */
  readonly isLatest = computed(() => {
    const cur = this.current();
    const newest = this.history()[0];
    return !!cur && (!newest || newest.version <= cur.version);
  });

  async save(form: TemplateForm): Promise<TemplateSaveOutcome> {
    const before = this.current();
    const saved = before
      ? await this.writes.run(this.api.updateTemplate(before.id, toTemplateRequest(form)))
      : await this.writes.run(this.api.createTemplate(toCreateTemplateRequest(form)));
    this.current.set(saved);
    this.all.update((list) => [...list.filter((t) => t.id !== saved.id), saved]);
    return { template: saved, newVersion: !!before && saved.id !== before.id, previousVersion: before?.version ?? null };
  }

  /** Uploads an xlsx; the imported template, or the problems by line and column. */
  async importFile(file: File): Promise<{ template: InspectionTemplateResponse } | { problems: ImportProblem[] }> {
    try {
      return { template: await firstValueFrom(this.api.importTemplate(file)) };
    } catch (error) {
      return { problems: importProblems(toApiError(error)) };
    }
  }
}
