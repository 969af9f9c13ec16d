import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';

@Component({
  selector: 'so-error-banner',
  imports: [MatButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="banner" role="alert" data-testid="state-error">
      <mat-icon aria-hidden="true">error_outline</mat-icon>
      <span class="message">{{ message() }}</span>
      @if (retryLabel()) {
        <button mat-button type="button" (click)="retry.emit()" data-testid="retry">{{ retryLabel() }}</button>
      }
    </div>
  `,
  styles: `
    .banner {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 8px 12px;
      margin: 8px 0;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      flex-wrap: wrap;
    }
    .message {
      flex: 1 1 200px;
    }
  `,
})
export class ErrorBanner {
  readonly message = input.required<string>();
  /** Empty hides the button. */
  readonly retryLabel = input('');
  readonly retry = output<void>();
}
