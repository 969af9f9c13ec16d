import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EmptyState } from '@storeops/web/shared/ui';
import { TranslatePipe } from '@storeops/web/shared/util';

/** Shown in place of an area the role may not open (the URL stays what was asked for). */
@Component({
  selector: 'so-forbidden-page',
  imports: [MatButton, RouterLink, EmptyState, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-empty-state icon="lock" testId="state-forbidden" [title]="'forbidden.title' | t" [text]="'forbidden.text' | t">
      <a mat-stroked-button routerLink="/" class="back">{{ 'common.backHome' | t }}</a>
    </so-empty-state>
  `,
  styles: `
    .back {
      margin-top: 16px;
    }
  `,
})
export class ForbiddenPage {}

@Component({
  selector: 'so-not-found-page',
  imports: [MatButton, RouterLink, EmptyState, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-empty-state icon="explore_off" testId="state-not-found" [title]="'notFound.title' | t" [text]="'notFound.text' | t">
      <a mat-stroked-button routerLink="/" class="back">{{ 'common.backHome' | t }}</a>
    </so-empty-state>
  `,
  styles: `
    .back {
      margin-top: 16px;
    }
  `,
})
export class NotFoundPage {}
