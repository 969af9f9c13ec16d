import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Page title with an optional intro line; projected content lands on the right (actions). */
@Component({
  selector: 'so-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <div class="titles">
        <h1 data-testid="page-title">{{ title() }}</h1>
        @if (intro()) {
          <p class="intro">{{ intro() }}</p>
        }
      </div>
      <div class="actions"><ng-content /></div>
    </header>
  `,
  styles: `
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 12px;
      margin-bottom: 16px;
    }
    .titles {
      min-width: 0;
      flex: 1 1 280px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0;
    }
    .intro {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
})
export class PageHeader {
  readonly title = input.required<string>();
  readonly intro = input('');
}
