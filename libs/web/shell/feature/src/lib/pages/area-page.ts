import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { EmptyState, PageHeader } from '@storeops/web/shared/ui';
import { TranslatePipe } from '@storeops/web/shared/util';

export type RecordArea = 'inspections' | 'rankings' | 'suppliers';

const ICONS: Readonly<Record<RecordArea, string>> = { inspections: 'fact_check', rankings: 'leaderboard', suppliers: 'handshake' };

/**
 * The areas whose records arrive in later releases: title, what the area holds, and an honest "no data yet".
 * `area` comes from the route's data (withComponentInputBinding).
 */
@Component({
  selector: 'so-area-page',
  imports: [MatCard, MatCardContent, EmptyState, PageHeader, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'area.' + area() + '.title' | t" [intro]="'area.' + area() + '.intro' | t" />
    <mat-card appearance="outlined">
      <mat-card-content>
        <so-empty-state [icon]="icon()" [title]="'common.noData' | t" [text]="'area.' + area() + '.emptyText' | t" />
      </mat-card-content>
    </mat-card>
  `,
})
export class AreaPage {
  readonly area = input.required<RecordArea>();
  protected icon(): string {
    return ICONS[this.area()];
  }
}
