import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { StoreResponse } from '@storeops/shared/contracts';
import { CaptureSetupStore, DraftRepository, newDraft } from '@storeops/web/inspections/data-access';
import { EmptyState, PageHeader } from '@storeops/web/shared/ui';
import { TranslatePipe } from '@storeops/web/shared/util';

/** 新建检查: store (search), category (the specialist's own), checklist; then the draft exists on the device. */
@Component({
  selector: 'so-capture-start-page',
  imports: [MatButton, MatFormField, MatInput, MatLabel, MatProgressBar, EmptyState, PageHeader, TranslatePipe],
  providers: [CaptureSetupStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'insp.new' | t" />
    <div class="bar">
      @if (setup.loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (setup.fromCache()) {
      <p class="note" data-testid="offline-banner">{{ 'insp.fromCache' | t }}</p>
    }
    <form class="form" (submit)="$event.preventDefault(); start()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'insp.store' | t }}</mat-label>
        <input
          matInput
          type="search"
          autocomplete="off"
          [placeholder]="'insp.searchStore' | t"
          [value]="query()"
          (input)="search($any($event.target).value)"
          data-testid="capture-store"
        />
      </mat-form-field>
      @if (store(); as s) {
        <div class="picked" data-testid="capture-store-picked">
          <span class="mono">{{ s.code }}</span> {{ s.name }}
        </div>
      } @else if (query()) {
        <div class="options">
          @for (s of matches(); track s.id) {
            <button type="button" class="option" (click)="pick(s)" data-testid="capture-store-option">
              <span class="mono">{{ s.code }}</span> {{ s.name }}
            </button>
          }
        </div>
      }
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'insp.category' | t }}</mat-label>
        <select matNativeControl (change)="pickCategory($any($event.target).value)" data-testid="capture-category">
          <option value="" [selected]="categoryId() === null">{{ 'insp.general' | t }}</option>
          @for (c of setup.myCategories(); track c.id) {
            <option [value]="c.id" [selected]="c.id === categoryId()">{{ c.name }}</option>
          }
        </select>
      </mat-form-field>
      <!-- Rendered once it has options: a native select filled later keeps its label over the value (zoneless). -->
      @if (templates().length) {
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'insp.template' | t }}</mat-label>
          <select matNativeControl (change)="templateId.set(+$any($event.target).value || null)" data-testid="capture-template">
            @for (tpl of templates(); track tpl.id) {
              <option [value]="tpl.id" [selected]="tpl.id === templateId()">
                {{ tpl.name }} · {{ 'insp.version' | t: { n: tpl.version } }}
              </option>
            }
          </select>
        </mat-form-field>
      }
      @if (!templates().length && !setup.loading()) {
        <so-empty-state icon="checklist" [title]="(setup.templates().length ? 'insp.noTemplates' : 'insp.setupEmpty') | t" />
      }
      <button mat-flat-button type="submit" [disabled]="!store() || !templateId()" data-testid="capture-start">
        {{ 'insp.start' | t }}
      </button>
    </form>
  `,
  styles: `
    :host {
      display: block;
      max-width: 560px;
    }
    .bar {
      height: 4px;
    }
    .note {
      margin: 0 0 8px;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .options {
      display: flex;
      flex-direction: column;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      overflow: hidden;
    }
    .option {
      text-align: left;
      padding: 12px;
      border: 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface);
      font: inherit;
      cursor: pointer;
    }
    .option:last-child {
      border-bottom: 0;
    }
    .picked {
      padding: 4px 4px 0;
      font: var(--mat-sys-title-small);
    }
    .mono {
      font-family: var(--so-mono, monospace);
    }
  `,
})
export class CaptureStartPage implements OnInit {
  protected readonly setup = inject(CaptureSetupStore);
  private readonly drafts = inject(DraftRepository);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly query = signal('');
  protected readonly store = signal<StoreResponse | null>(null);
  protected readonly categoryId = signal<number | null>(null);
  protected readonly templateId = signal<number | null>(null);
  protected readonly matches = computed(() => {
    const q = this.query().trim().toLowerCase();
    if (!q) return [];
    return this.setup
      .stores()
      .filter((s) => s.code.toLowerCase().includes(q) || s.name.toLowerCase().includes(q))
      .slice(0, 8);
  });
  protected readonly templates = computed(() => this.setup.templatesFor(this.categoryId()));

  /** The plan item the 今日待检 link named. */
  private plan: { planItemId: number; planPeriodStart: string | null } | null = null;

  async ngOnInit(): Promise<void> {
    await this.setup.load();
    if (this.preselect()) return;
    const own = this.setup.myCategories();
    if (this.setup.me()?.role === 'specialist' && own.length) this.pickCategory(String(own[0].id));
    else this.pickCategory('');
  }

  /**
   * 今日待检 links here with `?storeId=…&categoryId=…` (no categoryId: the general standard): preselect both.
   * False when there is no (known) store in the query.
   */
  private preselect(): boolean {
    const query = this.route.snapshot.queryParamMap;
    const store = this.setup.stores().find((s) => s.id === Number(query.get('storeId')));
    if (!store) return false;
    this.pick(store);
    const categoryId = Number(query.get('categoryId'));
    const known = this.setup.categories().some((c) => c.id === categoryId);
    this.pickCategory(categoryId && known ? String(categoryId) : '');
    const planId = Number(query.get('planId'));
    const periodStart = query.get('periodStart');
    if (planId > 0)
      this.plan = { planItemId: planId, planPeriodStart: periodStart && /^\d{4}-\d{2}-\d{2}$/.test(periodStart) ? periodStart : null };
    return true;
  }

  protected search(value: string): void {
    this.query.set(value);
    const exact = this.setup.stores().find((s) => s.code.toLowerCase() === value.trim().toLowerCase());
    this.store.set(exact ?? null);
  }

  protected pick(store: StoreResponse): void {
    this.store.set(store);
    this.query.set(`${store.code} ${store.name}`);
  }

  protected pickCategory(value: string): void {
    this.categoryId.set(value ? Number(value) : null);
    this.templateId.set(this.templates()[0]?.id ?? null);
  }

  protected async start(): Promise<void> {
    const store = this.store();
    const template = this.setup.templates().find((t) => t.id === this.templateId());
    if (!store || !template) return;
    const category = this.setup.categories().find((c) => c.id === this.categoryId());
    // Started from a plan item, and still on its store: the inspection closes that item in its period.
    const plan = this.plan && Number(this.route.snapshot.queryParamMap.get('storeId')) === store.id ? this.plan : {};
    const draft = newDraft({ store, category: category ? { id: category.id, name: category.name } : null, template, ...plan });
    await this.drafts.create(draft);
    await this.router.navigate(['/inspections/drafts', draft.key], { replaceUrl: true });
  }
}
