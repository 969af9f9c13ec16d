import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  OnDestroy,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  chargeDirection,
  isItemCorrect,
  PRICE_DEFECT_CODES,
  PRICE_SAMPLE_MODES,
  PriceCheckItemInput,
  PriceSampleItem,
  PriceSampleMode,
  Role,
  tallyPriceCheck,
} from '@storeops/shared/contracts';
import { PriceCheckStore } from '@storeops/web/ledger/data-access';
import { COMPLAINT_STYLES } from '@storeops/web/ledger/ui';
import { StoreDirectoryStore, StorePickerSource } from '@storeops/web/org/data-access';
import { EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, MoneyPipe, NumberFormatPipe, TranslatePipe, fenToYuan, formatNumber } from '@storeops/web/shared/util';
import { describeCheckError as describeError, isCheckWriter } from './check-texts';
import { cleanCode, PriceItemDraft, PriceItemField, PriceItemProblem, toPriceItem } from './price-check-form';
import { toLocalInput } from './shared';

const EMPTY: PriceItemDraft = { sku: '', name: '', shelfYuan: '', systemYuan: '', tillYuan: '', defectCode: '' };
const ORDER: readonly PriceItemField[] = ['sku', 'name', 'shelfYuan', 'systemYuan', 'tillYuan'];

/** The camera's barcode reader where the browser has one (Chromium on Android); typed as far as this page uses it. */
interface BarcodeReader {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type BarcodeReaderClass = new (options?: { formats?: string[] }) => BarcodeReader;

/**
 * 进售价检查 on a phone in the aisle: pick the store, then one item after another — scan or type the code (Enter adds
 * the item once its prices are in, else moves on to what is missing), the tag, system and till prices in 元 — and
 * submit; the answer shows the accuracy, 多收/少收, the re-check due and the corrective actions opened.
 */
@Component({
  selector: 'so-price-check-capture-page',
  imports: [
    FormsModule,
    MatButton,
    MatIconButton,
    MatFormField,
    MatHint,
    MatLabel,
    MatSuffix,
    MatIcon,
    MatInput,
    MatOption,
    MatSelect,
    RouterLink,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [PriceCheckStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'priceChecks.capture.title' | t" [intro]="'priceChecks.capture.intro' | t" />
    <p>
      <a mat-button routerLink="/price-checks"><mat-icon>arrow_back</mat-icon>{{ 'priceChecks.list.title' | t }}</a>
    </p>

    @if (!canRecord()) {
      <p class="card body muted" data-testid="capture-not-allowed">{{ 'priceChecks.capture.notAllowed' | t }}</p>
    } @else if (store.created(); as r) {
      <section class="card" data-testid="capture-result">
        <h2>{{ 'priceChecks.result.title' | t: { store: storeLabel() } }}</h2>
        <div class="body">
          <div class="figures">
            <div class="figure">
              <span class="muted">{{ 'priceChecks.field.accuracy' | t }}</span>
              <strong data-testid="result-accuracy">{{ r.accuracy | num: 2 }}%</strong>
            </div>
            <div class="figure">
              <span class="muted">{{ 'priceChecks.field.overcharges' | t }}</span>
              <strong data-testid="result-overcharges">{{ r.overcharges | num: 0 }}</strong>
            </div>
            <div class="figure">
              <span class="muted">{{ 'priceChecks.field.undercharges' | t }}</span>
              <strong data-testid="result-undercharges">{{ r.undercharges | num: 0 }}</strong>
            </div>
          </div>
          @if (r.recheckDueAt) {
            <p class="late" data-testid="result-recheck">{{ 'priceChecks.result.recheck' | t: { date: (r.recheckDueAt | localDate) } }}</p>
          } @else {
            <p data-testid="result-recheck">{{ 'priceChecks.result.noRecheck' | t }}</p>
          }
          <p data-testid="result-actions">
            @if (r.correctiveActionIds.length) {
              {{ 'priceChecks.result.actions' | t: { n: r.correctiveActionIds.length } }}
              <a routerLink="/inspections/actions">{{ 'priceChecks.result.openActions' | t }}</a>
            } @else {
              {{ 'priceChecks.result.noActions' | t }}
            }
          </p>
          <div class="buttons">
            <a mat-flat-button [routerLink]="['/price-checks', r.id]" data-testid="result-open">{{ 'priceChecks.result.open' | t }}</a>
            <button mat-stroked-button type="button" (click)="again()" data-testid="result-again">
              {{ 'priceChecks.result.again' | t }}
            </button>
          </div>
        </div>
      </section>
    } @else {
      <section class="card body step">
        <so-entity-picker
          [label]="'priceChecks.field.store' | t"
          [search]="stores.search"
          [resolve]="stores.resolve"
          [value]="storeId()"
          [required]="true"
          (picked)="pickStore($event)"
          testId="capture-store"
        />
        <mat-form-field>
          <mat-label>{{ 'priceChecks.field.checkedAt' | t }}</mat-label>
          <input matInput type="datetime-local" [(ngModel)]="checkedAt" data-testid="capture-checked-at" />
        </mat-form-field>
      </section>

      @if (storeId() !== null) {
        <section class="card">
          <h2>{{ 'priceChecks.sample.title' | t }}</h2>
          <div class="body">
            <p class="muted small">{{ 'priceChecks.sample.intro' | t: { days: riskDays } }}</p>
            <div class="row sample">
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>{{ 'priceChecks.sample.count' | t }}</mat-label>
                <input matInput type="text" inputmode="numeric" [(ngModel)]="sampleCount" data-testid="sample-count" />
              </mat-form-field>
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>{{ 'priceChecks.sample.mode' | t }}</mat-label>
                <mat-select [(ngModel)]="sampleMode" data-testid="sample-mode">
                  @for (m of sampleModes; track m) {
                    <mat-option [value]="m">{{ 'priceChecks.sample.mode.' + m | t }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <button mat-stroked-button type="button" (click)="draw()" [disabled]="store.sampleLoading()" data-testid="sample-draw">
                {{ (store.sampleLoading() ? 'priceChecks.sample.drawing' : 'priceChecks.sample.draw') | t }}
              </button>
            </div>
            @if (store.sampleError(); as e) {
              <so-error-banner [message]="describe(e)" data-testid="sample-error" />
            }
            @if (store.sample(); as s) {
              @if (s.items.length) {
                <p class="muted small">{{ 'priceChecks.sample.pool' | t: { pool: s.pool, n: s.items.length } }}</p>
                <ul class="sample-list" data-testid="sample-list">
                  @for (i of s.items; track i.sku) {
                    <li>
                      <button type="button" class="pick" (click)="useSample(i)" data-testid="sample-item">
                        <span class="mono">{{ i.sku }}</span> {{ i.name }}
                        @if (i.expectedPriceFen !== null) {
                          <span class="muted">· {{ i.expectedPriceFen | money }}</span>
                        }
                        @if (i.recentChange) {
                          <span class="chip dl-due_soon">{{ 'priceChecks.sample.changed' | t: { date: (i.changedOn | localDate) } }}</span>
                        }
                      </button>
                    </li>
                  }
                </ul>
              } @else {
                <p class="muted" data-testid="sample-empty">{{ 'priceChecks.sample.none' | t }}</p>
              }
            }
          </div>
        </section>

        <form class="card body item-form" (ngSubmit)="addItem()" novalidate data-testid="item-form">
          <h2 class="inline">{{ 'priceChecks.item.title' | t: { n: items().length + 1 } }}</h2>
          <mat-form-field>
            <mat-label>{{ 'priceChecks.field.sku' | t }}</mat-label>
            <input
              #skuInput
              matInput
              type="text"
              inputmode="numeric"
              autocomplete="off"
              name="sku"
              [(ngModel)]="draft.sku"
              (ngModelChange)="skuTyped($event)"
              data-testid="item-sku"
            />
            @if (canScan) {
              <button
                mat-icon-button
                matSuffix
                type="button"
                (click)="scan()"
                [attr.aria-label]="'priceChecks.item.scan' | t"
                data-testid="item-scan"
              >
                <mat-icon>qr_code_scanner</mat-icon>
              </button>
            }
            <mat-hint [class.late]="!!problems().sku">{{ problemText('sku') || ('priceChecks.item.skuHint' | t) }}</mat-hint>
          </mat-form-field>
          @if (scanning()) {
            <div class="camera">
              <video #video autoplay playsinline muted></video>
              <button mat-stroked-button type="button" (click)="stopScan()">{{ 'priceChecks.item.stopScan' | t }}</button>
            </div>
          }
          <mat-form-field>
            <mat-label>{{ 'priceChecks.field.name' | t }}</mat-label>
            <input matInput name="name" autocomplete="off" [(ngModel)]="draft.name" data-testid="item-name" />
            <mat-hint [class.late]="!!problems().name">{{ problemText('name') }}</mat-hint>
          </mat-form-field>
          <div class="row prices">
            @for (f of priceFields; track f.field) {
              <mat-form-field>
                <mat-label>{{ f.label | t }}</mat-label>
                <span matTextPrefix>¥&nbsp;</span>
                <input
                  matInput
                  type="text"
                  inputmode="decimal"
                  autocomplete="off"
                  [name]="f.field"
                  [(ngModel)]="draft[f.field]"
                  [attr.data-testid]="'item-' + f.field"
                />
                <mat-hint [class.late]="!!problems()[f.field]">{{ problemText(f.field) }}</mat-hint>
              </mat-form-field>
            }
          </div>
          <mat-form-field>
            <mat-label>{{ 'priceChecks.field.defect' | t }}</mat-label>
            <mat-select name="defectCode" [(ngModel)]="draft.defectCode" data-testid="item-defect">
              <mat-option value="">{{ 'priceChecks.defect.none' | t }}</mat-option>
              @for (d of defects; track d) {
                <mat-option [value]="d">{{ 'priceChecks.defect.' + d | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <div class="buttons">
            <button mat-flat-button type="submit" data-testid="item-add"><mat-icon>add</mat-icon>{{ 'priceChecks.item.add' | t }}</button>
          </div>
        </form>

        <section class="card" data-testid="capture-items">
          <h2>{{ 'priceChecks.items.title' | t: { n: items().length } }}</h2>
          <div class="body">
            @if (!items().length) {
              <p class="muted">{{ 'priceChecks.items.empty' | t }}</p>
            } @else {
              <p data-testid="capture-tally">
                {{
                  'priceChecks.items.tally'
                    | t
                      : {
                          correct: tally().correct,
                          checked: tally().checked,
                          accuracy: tallyAccuracy(),
                          over: tally().overcharges,
                          under: tally().undercharges,
                        }
                }}
              </p>
              <ul class="items">
                @for (item of items(); track $index) {
                  <li data-testid="capture-item">
                    <div class="item-main">
                      <span class="mono">{{ item.sku }}</span> {{ item.name }}
                      <span class="muted prices-line">{{
                        'priceChecks.items.prices'
                          | t
                            : {
                                shelf: (item.shelfPriceFen | money),
                                system: (item.systemPriceFen | money),
                                till: (item.tillPriceFen | money),
                              }
                      }}</span>
                      @if (item.defectCode) {
                        <span class="chip">{{ 'priceChecks.defect.' + item.defectCode | t }}</span>
                      }
                      <span class="chip" [class]="'chip ' + verdictClass(item)">{{ verdictKey(item) | t }}</span>
                    </div>
                    <button
                      mat-icon-button
                      type="button"
                      (click)="removeItem($index)"
                      [attr.aria-label]="'priceChecks.items.remove' | t"
                      data-testid="item-remove"
                    >
                      <mat-icon>delete</mat-icon>
                    </button>
                  </li>
                }
              </ul>
            }
            <mat-form-field class="full">
              <mat-label>{{ 'priceChecks.field.note' | t }}</mat-label>
              <textarea matInput rows="2" [(ngModel)]="note" data-testid="capture-note"></textarea>
            </mat-form-field>
            @if (submitError(); as e) {
              <so-error-banner [message]="e" data-testid="capture-error" />
            }
            <div class="buttons">
              <button
                mat-flat-button
                type="button"
                (click)="submit()"
                [disabled]="store.saving() || !items().length"
                data-testid="capture-submit"
              >
                {{ (store.saving() ? 'priceChecks.capture.saving' : 'priceChecks.capture.submit') | t }}
              </button>
              <a mat-button routerLink="/price-checks">{{ 'common.cancel' | t }}</a>
            </div>
          </div>
        </section>
      }
    }
  `,
  styles: [
    COMPLAINT_STYLES,
    `
      .step,
      .item-form {
        display: flex;
        flex-direction: column;
        gap: 4px;
        padding: 16px;
        max-width: 760px;
      }
      .card h2.inline {
        padding: 0 0 8px;
      }
      .row {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: 0 12px;
      }
      .row.sample {
        grid-template-columns: 1fr 1fr auto;
        align-items: center;
      }
      .small {
        font: var(--mat-sys-body-small);
      }
      .sample-list,
      .items {
        list-style: none;
        margin: 8px 0;
        padding: 0;
      }
      .pick {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 8px;
        width: 100%;
        min-height: 44px;
        padding: 4px 8px;
        border: 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        background: none;
        color: inherit;
        font: inherit;
        text-align: left;
        cursor: pointer;
      }
      .items li {
        display: flex;
        align-items: center;
        gap: 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        padding: 4px 0;
      }
      .item-main {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 4px 8px;
        align-items: center;
        overflow-wrap: anywhere;
      }
      .prices-line {
        flex-basis: 100%;
      }
      .figures {
        display: flex;
        flex-wrap: wrap;
        gap: 16px 32px;
        margin-bottom: 8px;
      }
      .figure {
        display: flex;
        flex-direction: column;
      }
      .figure strong {
        font: var(--mat-sys-headline-small);
      }
      .chip.ok {
        background: #d8f3e4;
        color: #0b5d34;
      }
      .chip.bad {
        background: #ffdad6;
        color: #8c1d18;
      }
      .camera video {
        width: 100%;
        max-height: 240px;
        background: #000;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .full {
        width: 100%;
        margin-top: 8px;
      }
      @media (max-width: 599.98px) {
        .row,
        .row.sample {
          grid-template-columns: 1fr;
        }
        .buttons > * {
          flex: 1 1 100%;
        }
      }
    `,
  ],
})
export class PriceCheckCapturePage implements OnDestroy {
  protected readonly store = inject(PriceCheckStore);
  protected readonly stores = inject(StorePickerSource);
  private readonly directory = inject(StoreDirectoryStore);
  private readonly i18n = inject(I18nService);
  private readonly cd = inject(ChangeDetectorRef);
  readonly role = input<Role | null>(null);

  private readonly skuInput = viewChild<ElementRef<HTMLInputElement>>('skuInput');
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');

  protected readonly defects = PRICE_DEFECT_CODES;
  protected readonly sampleModes = PRICE_SAMPLE_MODES;
  protected readonly riskDays = 14;
  protected readonly priceFields = [
    { field: 'shelfYuan', label: 'priceChecks.field.shelfPrice' },
    { field: 'systemYuan', label: 'priceChecks.field.systemPrice' },
    { field: 'tillYuan', label: 'priceChecks.field.tillPrice' },
  ] as const;
  protected readonly canScan = typeof window !== 'undefined' && 'BarcodeDetector' in window;

  protected readonly canRecord = computed(() => isCheckWriter(this.role()));
  protected readonly storeId = signal<number | null>(null);
  protected checkedAt = toLocalInput(new Date());
  protected note = '';
  protected sampleCount = '10';
  protected sampleMode: PriceSampleMode = 'risk';
  protected draft: PriceItemDraft = { ...EMPTY };
  protected readonly problems = signal<Partial<Record<PriceItemField, PriceItemProblem>>>({});
  protected readonly items = signal<PriceCheckItemInput[]>([]);
  protected readonly tally = computed(() => tallyPriceCheck(this.items()));
  protected readonly submitError = signal<string | null>(null);
  protected readonly scanning = signal(false);
  protected readonly storeLabel = computed(() => {
    const s = this.directory.byId().get(this.storeId() ?? -1);
    return s ? `${s.code} ${s.name}` : '';
  });
  private stream: MediaStream | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    void this.directory.load();
  }

  ngOnDestroy(): void {
    this.stopScan();
  }

  protected describe(e: unknown): string {
    return describeError(e, this.i18n);
  }

  protected pickStore(id: number | null): void {
    this.storeId.set(id);
    this.store.sample.set(null);
    setTimeout(() => this.skuInput()?.nativeElement.focus());
  }

  protected problemText(field: PriceItemField): string {
    const problem = this.problems()[field];
    return problem ? this.i18n.t(`priceChecks.form.${problem}`) : '';
  }

  /** A code the sample offered or an item already checked brings its name along. */
  protected skuTyped(sku: string): void {
    const known = this.store.sample()?.items.find((i) => i.sku === cleanCode(sku));
    if (known && !this.draft.name.trim()) this.draft.name = known.name;
  }

  protected useSample(item: PriceSampleItem): void {
    this.draft = {
      ...this.draft,
      sku: item.sku,
      name: item.name,
      systemYuan: item.expectedPriceFen === null ? '' : fenToYuan(item.expectedPriceFen),
    };
    this.problems.set({});
    this.focusMissing();
  }

  protected async draw(): Promise<void> {
    const storeId = this.storeId();
    const count = Math.min(200, Math.max(1, Number(this.sampleCount.replace(/\D/g, '')) || 10));
    if (storeId !== null) await this.store.draw({ storeId, count, mode: this.sampleMode });
  }

  /** Enter in any field, or the button: the item joins the list once complete, else the first missing field is next. */
  protected addItem(): void {
    const result = toPriceItem({ ...this.draft, sku: cleanCode(this.draft.sku) });
    if (!result.ok) {
      this.problems.set(result.problems);
      this.focusMissing(result.problems);
      return;
    }
    this.items.update((list) => [...list, result.item]);
    this.draft = { ...EMPTY };
    this.problems.set({});
    setTimeout(() => this.skuInput()?.nativeElement.focus());
  }

  private focusMissing(problems: Partial<Record<PriceItemField, PriceItemProblem>> = toPriceItemProblems(this.draft)): void {
    const first = ORDER.find((f) => problems[f]);
    if (!first) return;
    setTimeout(() => (document.querySelector(`[data-testid="item-${first}"]`) as HTMLElement | null)?.focus());
  }

  protected removeItem(index: number): void {
    this.items.update((list) => list.filter((_, i) => i !== index));
  }

  protected verdictKey(item: PriceCheckItemInput): string {
    const direction = chargeDirection(item);
    if (direction > 0) return 'priceChecks.verdict.over';
    if (direction < 0) return 'priceChecks.verdict.under';
    return isItemCorrect(item) ? 'priceChecks.verdict.correct' : 'priceChecks.verdict.wrong';
  }

  protected verdictClass(item: PriceCheckItemInput): string {
    return isItemCorrect(item) ? 'ok' : 'bad';
  }

  protected tallyAccuracy(): string {
    const accuracy = this.tally().accuracy;
    return accuracy === null ? '—' : `${formatNumber(accuracy, this.i18n.locale(), 2)}%`;
  }

  protected async submit(): Promise<void> {
    const storeId = this.storeId();
    this.submitError.set(null);
    if (storeId === null || !this.items().length) return;
    const at = new Date(this.checkedAt);
    try {
      await this.store.create({
        storeId,
        checkedAt: (Number.isNaN(at.getTime()) ? new Date() : at).toISOString(),
        items: this.items(),
        ...(this.note.trim() ? { note: this.note.trim() } : {}),
      });
    } catch (e) {
      this.submitError.set(describeError(e, this.i18n));
    }
  }

  protected again(): void {
    this.store.created.set(null);
    this.items.set([]);
    this.note = '';
    this.draft = { ...EMPTY };
    this.checkedAt = toLocalInput(new Date());
  }

  protected async scan(): Promise<void> {
    const Reader = (window as unknown as { BarcodeDetector?: BarcodeReaderClass }).BarcodeDetector;
    if (!Reader || !navigator.mediaDevices?.getUserMedia) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      this.submitError.set(this.i18n.t('priceChecks.item.noCamera'));
      return;
    }
    this.scanning.set(true);
    const reader = new Reader({ formats: ['ean_13', 'ean_8', 'upc_a', 'code_128'] });
    const tick = async () => {
      const video = this.video()?.nativeElement;
      if (!this.stream) return;
      if (video && !video.srcObject) video.srcObject = this.stream;
      const codes = video && video.readyState >= 2 ? await reader.detect(video).catch(() => []) : [];
      if (codes[0]?.rawValue) {
        this.draft = { ...this.draft, sku: cleanCode(codes[0].rawValue) };
        this.skuTyped(this.draft.sku);
        this.stopScan();
        this.cd.markForCheck();
        this.focusMissing();
        return;
      }
      this.scanTimer = setTimeout(tick, 300);
    };
    this.scanTimer = setTimeout(tick, 300);
  }

  protected stopScan(): void {
    if (this.scanTimer) clearTimeout(this.scanTimer);
    this.scanTimer = null;
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = null;
    this.scanning.set(false);
  }
}

function toPriceItemProblems(draft: PriceItemDraft): Partial<Record<PriceItemField, PriceItemProblem>> {
  const result = toPriceItem(draft);
  return result.ok ? {} : result.problems;
}
