import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatIcon } from '@angular/material/icon';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { ItemKind, Role } from '@storeops/shared/contracts';
import {
  TemplateForm,
  TemplateItemForm,
  TemplateSectionForm,
  TemplatesStore,
  emptyItem,
  emptySection,
  emptyTemplateForm,
  formFromTemplate,
  move,
  templateExportUrl,
  validateTemplateForm,
} from '@storeops/web/inspections/data-access';
import { ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, unplacedProblems } from '@storeops/web/shared/util';

const STAR_KEYS = ['insp.tpl.star5', 'insp.tpl.star4', 'insp.tpl.star3', 'insp.tpl.star2'] as const;

/** 检查表编辑: header, 红线封顶分, star thresholds, sections and items; save says when a new version was created. */
@Component({
  selector: 'so-template-editor-page',
  imports: [
    MatButton,
    MatIconButton,
    MatCheckbox,
    MatIcon,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    RouterLink,
    ErrorBanner,
    PageHeader,
    TranslatePipe,
  ],
  providers: [TemplatesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-editor-page.html',
  styleUrl: './template-editor-page.scss',
})
export class TemplateEditorPage {
  /** Route param: a template id; absent on /inspections/templates/new. */
  readonly id = input<string | undefined>(undefined);
  readonly role = input<Role | null>(null);

  protected readonly store = inject(TemplatesStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  protected readonly starKeys = STAR_KEYS;
  protected readonly kinds: ItemKind[] = ['pass_fail', 'scale'];

  protected readonly form = signal<TemplateForm>(emptyTemplateForm());
  protected readonly isNew = computed(() => !this.id() || this.id() === 'new');
  protected readonly canEdit = computed(() => this.role() === Role.OpsManager || this.role() === Role.Admin);
  protected readonly readOnly = computed(() => !this.canEdit() || (!this.isNew() && !this.store.isLatest()));
  protected readonly errors = computed(() => validateTemplateForm(this.form(), this.isNew()));
  protected readonly hasErrors = computed(() => Object.keys(this.errors()).length > 0);
  private readonly touched = signal(new Set<string>());
  protected readonly submitted = signal(false);
  /** What the last save or import did (i18n key and params), shown next to 保存. */
  protected readonly message = signal<{ key: string; params?: Record<string, string | number>; kind: 'ok' | 'new' } | null>(null);
  protected readonly exportUrl = computed(() => {
    const cur = this.store.current();
    return cur ? templateExportUrl(cur.id) : null;
  });
  protected readonly categoryOptions = computed(() => {
    const chosen = this.form().categoryId;
    return this.store.categories().filter((c) => c.active || c.id === chosen);
  });

  constructor() {
    void this.store.loadCategories();
    effect(() => {
      const id = this.id();
      untracked(() => void this.open(id));
    });
  }

  private async open(id: string | undefined): Promise<void> {
    if (!id || id === 'new') {
      this.store.current.set(null);
      this.form.set(emptyTemplateForm());
      return;
    }
    if (this.store.current()?.id === Number(id)) return;
    await this.store.loadOne(Number(id));
    const t = this.store.current();
    if (t) this.form.set(formFromTemplate(t));
    this.touched.set(new Set());
    this.submitted.set(false);
    const state = (globalThis.history?.state ?? {}) as { imported?: boolean };
    if (t && state.imported) this.message.set({ key: 'insp.tpl.imported', params: { name: t.name, n: t.version }, kind: 'ok' });
  }

  /** The problem under a field, once the field was left or a save was tried. */
  protected err(path: string): string | null {
    const key = this.errors()[path];
    return key && (this.submitted() || this.touched().has(path)) ? key : null;
  }

  protected touch(path: string): void {
    if (this.touched().has(path)) return;
    this.touched.update((s) => new Set(s).add(path));
  }

  protected set<K extends keyof TemplateForm>(key: K, value: TemplateForm[K]): void {
    this.form.update((f) => ({ ...f, [key]: value }));
    this.message.set(null);
  }

  protected num(value: string): number {
    return value.trim() === '' ? NaN : Number(value);
  }

  protected setThreshold(index: number, value: string): void {
    const t = [...this.form().starThresholds] as TemplateForm['starThresholds'];
    t[index] = this.num(value);
    this.set('starThresholds', t);
  }

  private setSections(sections: TemplateSectionForm[]): void {
    this.set('sections', sections);
  }

  protected setSection(s: number, patch: Partial<TemplateSectionForm>): void {
    this.setSections(this.form().sections.map((sec, i) => (i === s ? { ...sec, ...patch } : sec)));
  }

  protected addSection(): void {
    this.setSections([...this.form().sections, emptySection()]);
  }

  protected removeSection(s: number): void {
    this.setSections(this.form().sections.filter((_, i) => i !== s));
  }

  protected moveSection(s: number, delta: number): void {
    this.setSections(move(this.form().sections, s, delta));
  }

  protected setItem(s: number, i: number, patch: Partial<TemplateItemForm>): void {
    const items = this.form().sections[s].items.map((item, j) => (j === i ? { ...item, ...patch } : item));
    this.setSection(s, { items });
  }

  protected addItem(s: number): void {
    this.setSection(s, { items: [...this.form().sections[s].items, emptyItem()] });
  }

  protected removeItem(s: number, i: number): void {
    this.setSection(s, { items: this.form().sections[s].items.filter((_, j) => j !== i) });
  }

  protected moveItem(s: number, i: number, delta: number): void {
    this.setSection(s, { items: move(this.form().sections[s].items, i, delta) });
  }

  protected categoryValue(value: string): number | null {
    return value ? Number(value) : null;
  }

  protected serverProblem(): string | null {
    const e = this.store.saveError();
    return e ? unplacedProblems(e, []) : null;
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.message.set(null);
    if (this.hasErrors() || this.readOnly()) return;
    try {
      const outcome = await this.store.save(this.form());
      const t = outcome.template;
      this.form.set(formFromTemplate(t));
      this.touched.set(new Set());
      this.submitted.set(false);
      if (outcome.newVersion) this.message.set({ key: 'insp.tpl.newVersion', params: { n: t.version }, kind: 'new' });
      else if (outcome.previousVersion === null)
        this.message.set({ key: 'insp.tpl.created', params: { name: t.name, n: t.version }, kind: 'ok' });
      else this.message.set({ key: 'insp.tpl.saved', params: { n: t.version }, kind: 'ok' });
      if (String(t.id) !== this.id()) await this.router.navigate(['/inspections/templates', t.id], { replaceUrl: true });
    } catch {
      // saveError() carries it.
    }
  }

  protected label(key: string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }
}
