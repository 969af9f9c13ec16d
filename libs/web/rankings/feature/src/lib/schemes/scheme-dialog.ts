import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  COMPONENT_KINDS,
  COMPONENT_KIND_INFO,
  CategoryResponse,
  ComponentKind,
  CreateSchemeRequest,
  MissingRule,
  ScorecardSchemeResponse,
} from '@storeops/shared/contracts';
import {
  SchemeComponentDraft,
  SchemeDraft,
  changeComponentKind,
  defaultDraft,
  draftFromScheme,
  newComponent,
  schemeProblems,
  toSchemeComponents,
  weightSum,
} from '@storeops/web/rankings/data-access';
import { ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe } from '@storeops/web/shared/util';
import { apiMessage } from '../api-message';
import { kindKey, missingRuleKey } from '../component-labels';

export interface SchemeDialogData {
  /** `create` a new scheme, `edit` a draft, or make the next `version` of an approved one. */
  mode: 'create' | 'edit' | 'version';
  scheme?: ScorecardSchemeResponse;
  categories: readonly CategoryResponse[];
  create: (body: CreateSchemeRequest) => Promise<unknown>;
  update: (id: number, body: Omit<CreateSchemeRequest, 'basedOnId'> & { version: number }) => Promise<unknown>;
}

/** 考评方案 form: name, missing rule and component rows with a live weight sum that must reach 100. */
@Component({
  selector: 'so-scheme-dialog',
  imports: [
    MatButton,
    MatIconButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatIcon,
    MatFormField,
    MatInput,
    MatLabel,
    MatSelect,
    MatOption,
    ErrorBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scheme-dialog.html',
  styleUrl: './scheme-dialog.scss',
})
export class SchemeDialog {
  protected readonly data = inject<SchemeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<SchemeDialog>);
  private readonly i18n = inject(I18nService);

  protected readonly draft = signal<SchemeDraft>(this.data.scheme ? draftFromScheme(this.data.scheme) : defaultDraft());
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly kinds = COMPONENT_KINDS;
  protected readonly rules: MissingRule[] = ['zero', 'reweight'];
  protected readonly kindKey = kindKey;
  protected readonly missingRuleKey = missingRuleKey;
  protected readonly topCategories = computed(() => this.data.categories.filter((c) => c.parentId === null && c.active));

  protected readonly sum = computed(() => weightSum(this.draft().components));
  protected readonly problems = computed(() => schemeProblems(this.draft()));
  protected readonly title = computed(() => `rank.scheme.dialog.${this.data.mode}`);

  protected rowProblem(index: number, kind: 'weight' | 'range' | 'targetRate'): boolean {
    return this.submitted() && this.problems().some((p) => p.kind === kind && 'index' in p && p.index === index);
  }

  protected hasParam(row: SchemeComponentDraft, param: 'categoryIds' | 'targetRate'): boolean {
    return COMPONENT_KIND_INFO[row.kind].params.includes(param);
  }

  protected set<K extends keyof SchemeDraft>(key: K, value: SchemeDraft[K]): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
  }

  protected setRow(index: number, patch: Partial<SchemeComponentDraft>): void {
    this.draft.update((d) => ({ ...d, components: d.components.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));
  }

  protected setKind(index: number, kind: ComponentKind): void {
    this.draft.update((d) => ({
      ...d,
      components: d.components.map((c, i) =>
        i === index
          ? changeComponentKind(
              c,
              kind,
              d.components.map((x) => x.key),
            )
          : c,
      ),
    }));
  }

  protected addRow(): void {
    this.draft.update((d) => {
      const used = new Set(d.components.map((c) => c.kind));
      const kind = COMPONENT_KINDS.find((k) => !used.has(k)) ?? 'inspection_score';
      return {
        ...d,
        components: [
          ...d.components,
          newComponent(
            kind,
            d.components.map((c) => c.key),
            Math.max(0, 100 - weightSum(d.components)) || null,
          ),
        ],
      };
    });
  }

  protected removeRow(index: number): void {
    this.draft.update((d) => ({ ...d, components: d.components.filter((_, i) => i !== index) }));
  }

  protected num(value: string): number | null {
    return value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value);
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    if (this.problems().length) return;
    const draft = this.draft();
    const body = {
      name: draft.name.trim(),
      missingRule: draft.missingRule,
      components: toSchemeComponents(draft),
      ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    };
    this.saving.set(true);
    this.serverError.set(null);
    try {
      const scheme = this.data.scheme;
      if (this.data.mode === 'edit' && scheme) await this.data.update(scheme.id, { ...body, version: scheme.version });
      else await this.data.create(this.data.mode === 'version' && scheme ? { ...body, basedOnId: scheme.id } : body);
      this.ref.close(true);
    } catch (error) {
      this.serverError.set(apiMessage(error, this.i18n));
    } finally {
      this.saving.set(false);
    }
  }
}
