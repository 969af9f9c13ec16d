import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { DateOrder, DecimalSeparator, ErrorDetail, ImportColumn, ImportField, ImportKind } from '@storeops/shared/contracts';
import {
  FieldDraft,
  MappingChoice,
  dateOrderExample,
  draftComplete,
  draftFromColumns,
  draftProblems,
  fieldsOf,
  ignoredColumns,
  isRequiredField,
  numberStyleExample,
  toMapping,
} from '@storeops/web/kpi/data-access';
import { I18nService, TranslatePipe } from '@storeops/web/shared/util';

/** Select values: a column's index, or the empty string for 「文件中没有此项」 / nothing chosen. */
const NONE = '';
const DATE_ORDERS: readonly DateOrder[] = ['ymd', 'dmy', 'mdy'];
const DECIMALS: readonly DecimalSeparator[] = ['.', ','];
const NUMERIC_FIELDS: readonly ImportField[] = ['sales', 'cost', 'shrink', 'transactions', 'labour_hours'];
const LIVE_CHECKS: readonly string[] = ['missing_field', 'store_file_no_measure', 'cost_without_sales', 'header_duplicate'];

/**
 * 列对应: for every field of the kind, which column of the file feeds it (required fields marked; an optional one may
 * be 「文件中没有此项」, so it stays unknown, never 0); the columns no field uses are listed as 「忽略此列」. Each
 * column shows what its values look like, and the date order and decimal separator can be set.
 */
@Component({
  selector: 'so-import-mapping-step',
  imports: [MatButton, MatFormField, MatLabel, MatInput, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-mapping-step.html',
  styleUrls: ['./import-step.scss', './import-mapping-step.scss'],
})
export class ImportMappingStep {
  private readonly i18n = inject(I18nService);

  readonly columns = input.required<readonly ImportColumn[]>();
  /** The kind the step starts on. */
  readonly kind = input.required<ImportKind>();
  /** The server's reasons the columns could not be planned (shown above the fields). */
  readonly problems = input<readonly ErrorDetail[]>([]);
  /** Previously chosen date order / decimal separator (null: as the file shows). */
  readonly dateOrder = input<DateOrder | null>(null);
  readonly decimalSeparator = input<DecimalSeparator | null>(null);
  /** The server found dates it could read either way (03/04/2015): the date order must be chosen. */
  readonly askDateOrder = input(false);
  readonly busy = input(false);
  readonly submitted = output<MappingChoice>();
  readonly cancelled = output<void>();

  protected readonly kinds = Object.values(ImportKind);
  protected readonly dateOrders = DATE_ORDERS;
  protected readonly decimals = DECIMALS;
  protected readonly none = NONE;
  protected readonly kindChoice = signal<ImportKind>(ImportKind.StoreFacts);
  protected readonly draft = signal<FieldDraft>({});
  protected readonly dateOrderChoice = signal<DateOrder | null>(null);
  protected readonly decimalChoice = signal<DecimalSeparator | null>(null);
  /** The step has been sent once: show every problem, not only those of fields touched. */
  protected readonly tried = signal(false);

  /** What the step itself checks as the clerk chooses (missing fields …) is not repeated from the server's answer. */
  protected readonly serverProblems = computed(() => this.problems().filter((p) => !p.code || !LIVE_CHECKS.includes(p.code)));
  protected readonly fields = computed(() => fieldsOf(this.kindChoice()));
  protected readonly check = computed(() => draftProblems(this.kindChoice(), this.draft()));
  protected readonly complete = computed(() => draftComplete(this.check()));
  protected readonly ignored = computed(() => ignoredColumns(this.kindChoice(), this.draft(), this.columns()));
  protected readonly missingText = computed(() =>
    this.check()
      .missing.map((f) => this.i18n.t(`kpi.importField.${f}`))
      .join(this.i18n.t('common.listSep')),
  );
  protected readonly repeatedText = computed(() =>
    this.check()
      .repeated.map((i) => this.columnOf(i)?.header ?? String(i))
      .join(this.i18n.t('common.listSep')),
  );

  /** What the file's own date column shows (null: the order cannot be told from it). */
  protected readonly detectedDateOrder = computed(() => {
    const index = this.draft().date;
    const column = index ? this.columnOf(index) : undefined;
    return column?.dateOrder ?? null;
  });
  /** The decimal separator the chosen numeric columns agree on, as the server would read it. */
  protected readonly detectedDecimal = computed<DecimalSeparator | null>(() => {
    const seen = new Set<DecimalSeparator>();
    for (const field of NUMERIC_FIELDS) {
      const index = this.draft()[field];
      const decimal = index ? this.columnOf(index)?.numberStyle?.decimal : null;
      if (decimal) seen.add(decimal);
    }
    return seen.size === 1 ? [...seen][0] : null;
  });
  /** A date column whose order the file leaves open needs the clerk's answer. */
  protected readonly dateOrderNeeded = computed(() => {
    const index = this.draft().date;
    const column = index ? this.columnOf(index) : undefined;
    const unclear = (!!column && column.dateOrder === null) || this.askDateOrder();
    return unclear && this.dateOrderChoice() === null;
  });

  constructor() {
    effect(() => {
      const kind = this.kind();
      const columns = this.columns();
      untracked(() => {
        this.kindChoice.set(kind);
        this.draft.set(draftFromColumns(kind, columns));
      });
    });
    effect(() => this.dateOrderChoice.set(this.dateOrder()));
    effect(() => this.decimalChoice.set(this.decimalSeparator()));
  }

  protected columnOf(index: number): ImportColumn | undefined {
    return this.columns().find((c) => c.index === index);
  }

  protected required(field: ImportField): boolean {
    return isRequiredField(this.kindChoice(), field);
  }

  /** 营业日 · 日期如 31.07.2015 — what a column's values look like. */
  protected look(column: ImportColumn): string {
    if (column.dateOrder !== undefined) {
      return column.dateOrder === null
        ? this.i18n.t('kpi.imports.look.dateUnclear')
        : this.i18n.t('kpi.imports.look.date', { example: dateOrderExample(column.dateOrder) });
    }
    if (column.numberStyle) return this.i18n.t('kpi.imports.look.number', { example: numberStyleExample(column.numberStyle) });
    return '';
  }

  protected optionLabel(column: ImportColumn): string {
    const look = this.look(column);
    return look ? `${column.header} · ${look}` : column.header;
  }

  protected setKind(kind: ImportKind): void {
    this.kindChoice.set(kind);
    // Keep what was chosen for the fields both kinds have.
    const previous = this.draft();
    const next: FieldDraft = {};
    for (const field of fieldsOf(kind)) next[field] = previous[field] ?? null;
    this.draft.set(next);
  }

  protected choose(field: ImportField, value: string): void {
    this.draft.update((d) => ({ ...d, [field]: value === NONE ? null : Number(value) }));
  }

  protected setDateOrder(value: string): void {
    this.dateOrderChoice.set(value === NONE ? null : (value as DateOrder));
  }

  protected setDecimal(value: string): void {
    this.decimalChoice.set(value === NONE ? null : (value as DecimalSeparator));
  }

  protected dateOrderLabel(order: DateOrder): string {
    return this.i18n.t(`kpi.imports.dateOrder.${order}`, { example: dateOrderExample(order) });
  }

  protected decimalLabel(decimal: DecimalSeparator): string {
    const example = numberStyleExample(decimal === '.' ? { decimal, thousands: ',' } : { decimal, thousands: '.' });
    return this.i18n.t(decimal === '.' ? 'kpi.imports.decimal.dot' : 'kpi.imports.decimal.comma', { example });
  }

  protected autoDateLabel(): string {
    const detected = this.detectedDateOrder();
    return detected ? this.i18n.t('kpi.imports.auto.detected', { what: this.dateOrderLabel(detected) }) : this.i18n.t('kpi.imports.auto');
  }

  protected autoDecimalLabel(): string {
    const detected = this.detectedDecimal();
    return detected ? this.i18n.t('kpi.imports.auto.detected', { what: this.decimalLabel(detected) }) : this.i18n.t('kpi.imports.auto');
  }

  protected submit(): void {
    this.tried.set(true);
    if (!this.complete() || this.dateOrderNeeded()) return;
    this.submitted.emit({
      kind: this.kindChoice(),
      mapping: toMapping(this.kindChoice(), this.draft(), this.columns()),
      dateOrder: this.dateOrderChoice(),
      decimalSeparator: this.decimalChoice(),
    });
  }
}
