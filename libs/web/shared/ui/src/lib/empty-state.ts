import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

/** An honest "nothing here (yet)" block: icon, title, one explaining sentence, optional projected actions. */
@Component({
  selector: 'so-empty-state',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="empty" [attr.data-testid]="testId()">
      <mat-icon class="icon" aria-hidden="true">{{ icon() }}</mat-icon>
      <p class="title">{{ title() }}</p>
      @if (text()) {
        <p class="text">{{ text() }}</p>
      }
      <ng-content />
    </div>
  `,
  styles: `
    .empty {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      padding: 40px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .icon {
      font-size: 48px;
      width: 48px;
      height: 48px;
      opacity: 0.6;
    }
    .title {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface);
      margin: 12px 0 4px;
    }
    .text {
      margin: 0;
      max-width: 480px;
    }
  `,
})
export class EmptyState {
  readonly icon = input('inbox');
  readonly title = input.required<string>();
  readonly text = input('');
  readonly testId = input('state-empty');
}
