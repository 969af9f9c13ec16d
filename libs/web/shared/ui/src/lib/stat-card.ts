import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';

export interface StatRow {
  label: string;
  value: string;
}

/** A Material card with a headline figure and optional breakdown rows. */
@Component({
  selector: 'so-stat-card',
  imports: [MatCard, MatCardContent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-content>
        <div class="label">{{ label() }}</div>
        @if (value()) {
          <div class="value">{{ value() }}</div>
        }
        @if (rows().length) {
          <ul class="rows">
            @for (row of rows(); track row.label) {
              <li>
                <span>{{ row.label }}</span
                ><span class="num">{{ row.value }}</span>
              </li>
            }
          </ul>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .card {
      height: 100%;
    }
    .label {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-small);
    }
    .value {
      font: var(--mat-sys-display-small);
      color: var(--mat-sys-primary);
      margin-top: 4px;
    }
    .rows {
      list-style: none;
      padding: 0;
      margin: 8px 0 0;
    }
    .rows li {
      display: flex;
      justify-content: space-between;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .rows li:last-child {
      border-bottom: 0;
    }
    .num {
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
  `,
})
export class StatCard {
  readonly label = input.required<string>();
  readonly value = input('');
  readonly rows = input<readonly StatRow[]>([]);
}
