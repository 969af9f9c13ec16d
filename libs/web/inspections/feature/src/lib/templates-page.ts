import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { ImportProblem, TemplatesStore } from '@storeops/web/inspections/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { TranslatePipe } from '@storeops/web/shared/util';
import { ImportErrorsTable } from './import-errors-table';

/** 检查表管理: template families (latest version), their version history, new and 导入 Excel for ops/admin. */
@Component({
  selector: 'so-templates-page',
  imports: [MatButton, MatIcon, MatProgressBar, RouterLink, EmptyState, ErrorBanner, PageHeader, TranslatePipe, ImportErrorsTable],
  providers: [TemplatesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'insp.tpl.title' | t" [intro]="'insp.tpl.intro' | t">
      @if (canEdit()) {
        <a mat-flat-button routerLink="/inspections/templates/new" data-testid="template-new"
          ><mat-icon>add</mat-icon>{{ 'insp.tpl.new' | t }}</a
        >
        <button mat-stroked-button type="button" [disabled]="importing()" (click)="file.click()" data-testid="template-import">
          <mat-icon>upload_file</mat-icon>{{ (importing() ? 'insp.tpl.importing' : 'insp.tpl.import') | t }}
        </button>
        <input
          #file
          type="file"
          hidden
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          (change)="importFile($event)"
          data-testid="template-import-file"
        />
      }
    </so-page-header>
    @if (problems().length) {
      <so-import-errors-table [problems]="problems()" />
    }
    <div class="bar">
      @if (store.loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (store.error(); as e) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: e.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="store.loadList()"
      />
    }
    <div class="cards">
      @for (f of store.families(); track f.code) {
        <div class="card" data-testid="template-row">
          <a class="main" [routerLink]="['/inspections/templates', f.latest.id]">
            <div class="grow">
              <div class="title">{{ f.latest.name }}</div>
              <div class="sub">
                <span class="mono">{{ f.code }}</span> · {{ store.categoryName(f.latest.categoryId) ?? ('insp.general' | t) }} ·
                {{ 'insp.tpl.itemCount' | t: { n: f.itemCount } }}
              </div>
            </div>
            <span class="ver" data-testid="template-version">{{ 'insp.tpl.versionN' | t: { n: f.latest.version } }}</span>
            @if (!f.latest.active) {
              <span class="chip off">{{ 'insp.tpl.inactive' | t }}</span>
            }
          </a>
          @if (f.versions.length > 1) {
            <button
              type="button"
              class="toggle"
              (click)="toggle(f.code)"
              [attr.aria-expanded]="open().has(f.code)"
              data-testid="template-history-toggle"
            >
              <mat-icon>{{ open().has(f.code) ? 'expand_less' : 'history' }}</mat-icon>
              {{ (open().has(f.code) ? 'insp.tpl.hideHistory' : 'insp.tpl.showHistory') | t: { n: f.versions.length } }}
            </button>
            @if (open().has(f.code)) {
              <ul class="history">
                @for (v of f.versions; track v.id) {
                  <li>
                    <a [routerLink]="['/inspections/templates', v.id]" data-testid="template-history-row">
                      <span class="mono">{{ 'insp.tpl.versionN' | t: { n: v.version } }}</span> {{ v.name }}
                      @if (v.id === f.latest.id) {
                        <span class="chip">{{ 'insp.tpl.latest' | t }}</span>
                      }
                      @if (!v.active) {
                        <span class="chip off">{{ 'insp.tpl.inactive' | t }}</span>
                      }
                    </a>
                  </li>
                }
              </ul>
            }
          }
        </div>
      } @empty {
        @if (!store.loading() && !store.error()) {
          <so-empty-state icon="checklist" [title]="'insp.tpl.none' | t" />
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      max-width: 960px;
    }
    .bar {
      height: 4px;
    }
    .cards {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
      min-width: 0;
    }
    .main {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 12px;
      color: inherit;
      text-decoration: none;
      border-radius: 12px;
    }
    .main:hover {
      background: var(--mat-sys-surface-container-low);
    }
    .grow {
      flex: 1 1 auto;
      min-width: 0;
    }
    .title {
      font: var(--mat-sys-title-small);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .sub {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .ver {
      flex-shrink: 0;
      font: var(--mat-sys-title-small);
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .chip {
      display: inline-block;
      font: var(--mat-sys-label-small);
      padding: 2px 8px;
      border-radius: 10px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      flex-shrink: 0;
    }
    .chip.off {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .toggle {
      display: flex;
      align-items: center;
      gap: 4px;
      margin: 0 12px 8px;
      padding: 4px 0;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .toggle mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .history {
      list-style: none;
      margin: 0;
      padding: 0 12px 12px;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .history a {
      display: flex;
      gap: 8px;
      align-items: center;
      padding: 6px 8px;
      border-radius: 8px;
      color: inherit;
      text-decoration: none;
      background: var(--mat-sys-surface-container-low);
    }
    .mono {
      font-family: var(--so-mono, monospace);
    }
  `,
})
export class TemplatesPage implements OnInit {
  /** From the shell's resolver. */
  readonly role = input<Role | null>(null);
  protected readonly store = inject(TemplatesStore);
  private readonly router = inject(Router);
  protected readonly canEdit = computed(() => this.role() === Role.OpsManager || this.role() === Role.Admin);
  protected readonly open = signal(new Set<string>());
  protected readonly importing = signal(false);
  protected readonly problems = signal<ImportProblem[]>([]);

  ngOnInit(): void {
    void this.store.loadList();
  }

  protected toggle(code: string): void {
    this.open.update((set) => {
      const next = new Set(set);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  }

  protected async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.importing.set(true);
    this.problems.set([]);
    try {
      const outcome = await this.store.importFile(file);
      if ('problems' in outcome) this.problems.set(outcome.problems);
      else await this.router.navigate(['/inspections/templates', outcome.template.id], { state: { imported: true } });
    } finally {
      this.importing.set(false);
    }
  }
}
