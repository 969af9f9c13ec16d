import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { ImportField, ImportKind, ImportMapping } from '@storeops/shared/contracts';
import { MappingDraft, duplicateFields, fieldsFor, missingFields, suggestMapping, toMapping } from '@storeops/web/kpi/data-access';
import { TranslatePipe } from '@storeops/web/shared/util';

/** mat-select shows a null value as "nothing chosen", so 忽略 gets a value of its own. */
const IGNORE = '__ignore__';

export interface MappingChoice {
  kind: ImportKind;
  mapping: ImportMapping;
}

/** Shown when the server did not recognise the file's headers: which field each column is, or ignore it. */
@Component({
  selector: 'so-import-mapping-step',
  imports: [MatButton, MatFormField, MatLabel, MatOption, MatSelect, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="mapping" data-testid="import-mapping">
      <h3>{{ 'imports.mappingTitle' | t }}</h3>
      <p class="muted">{{ 'imports.mappingIntro' | t }}</p>
      <mat-form-field subscriptSizing="dynamic" class="kind">
        <mat-label>{{ 'imports.kind' | t }}</mat-label>
        <mat-select [value]="kindChoice()" (selectionChange)="kindChoice.set($event.value)" data-testid="mapping-kind">
          @for (k of kinds; track k) {
            <mat-option [value]="k">{{ 'imports.kind.' + k | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <div class="columns">
        @for (header of headers(); track header) {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ header }}</mat-label>
            <mat-select
              [value]="draft()[header] ?? ignore"
              (selectionChange)="choose(header, $event.value)"
              [attr.data-testid]="'mapping-' + header"
            >
              <mat-option [value]="ignore">{{ 'imports.ignore' | t }}</mat-option>
              @for (field of fields(); track field) {
                <mat-option [value]="field">{{ 'importField.' + field | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
      </div>
      @if (missing().length) {
        <p class="problem" data-testid="mapping-missing">
          {{ 'imports.mappingMissing' | t: { fields: missingLabels() } }}
        </p>
      }
      @if (duplicates().length) {
        <p class="problem">{{ 'imports.mappingDuplicate' | t: { fields: duplicateLabels() } }}</p>
      }
      <div class="actions">
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="button" [disabled]="!complete() || busy()" (click)="submit()" data-testid="mapping-submit">
          {{ 'imports.mappingSubmit' | t }}
        </button>
      </div>
    </section>
  `,
  styles: `
    .mapping {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 16px;
      margin-top: 16px;
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 12px;
    }
    .kind {
      width: 200px;
      margin-bottom: 12px;
    }
    .columns {
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
    }
    .problem {
      color: var(--mat-sys-error);
      margin: 12px 0 0;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 12px;
    }
  `,
})
export class ImportMappingStep {
  readonly headers = input.required<readonly string[]>();
  readonly kind = input.required<ImportKind>();
  readonly busy = input(false);
  /** Field → translated label, for the problem texts. */
  readonly fieldLabel = input<(field: ImportField) => string>((f) => f);
  readonly submitted = output<MappingChoice>();
  readonly cancelled = output<void>();

  protected readonly kinds = Object.values(ImportKind);
  protected readonly ignore = IGNORE;
  protected readonly kindChoice = signal<ImportKind>(ImportKind.CategoryFacts);
  protected readonly draft = signal<MappingDraft>({});
  protected readonly fields = computed(() => fieldsFor(this.kindChoice()));
  protected readonly missing = computed(() => missingFields(this.kindChoice(), this.draft()));
  protected readonly duplicates = computed(() => duplicateFields(this.draft()));
  protected readonly complete = computed(() => !this.missing().length && !this.duplicates().length);
  protected readonly missingLabels = computed(() => this.missing().map(this.fieldLabel()).join('、'));
  protected readonly duplicateLabels = computed(() => this.duplicates().map(this.fieldLabel()).join('、'));

  constructor() {
    effect(() => {
      this.kindChoice.set(this.kind());
      this.draft.set(suggestMapping(this.headers()));
    });
  }

  protected choose(header: string, field: ImportField | typeof IGNORE): void {
    this.draft.update((d) => ({ ...d, [header]: field === IGNORE ? null : field }));
  }

  protected submit(): void {
    if (!this.complete()) return;
    const allowed = new Set(this.fields());
    const draft: MappingDraft = {};
    for (const [header, field] of Object.entries(this.draft())) draft[header] = field && allowed.has(field) ? field : null;
    this.submitted.emit({ kind: this.kindChoice(), mapping: toMapping(draft) });
  }
}
