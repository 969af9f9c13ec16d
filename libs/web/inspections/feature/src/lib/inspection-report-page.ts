import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { InspectionResultResponse } from '@storeops/shared/contracts';
import { InspectionReportStore } from '@storeops/web/inspections/data-access';
import { ErrorBanner } from '@storeops/web/shared/ui';
import { LocalDatePipe, NumberFormatPipe, TranslatePipe, ScorePipe } from '@storeops/web/shared/util';
import { StarsPipe } from './inspection-format';

/** 检查报告: every item with result, points, note and photos; prints to PDF from the browser. */
@Component({
  selector: 'so-inspection-report-page',
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    RouterLink,
    ErrorBanner,
    LocalDatePipe,
    NumberFormatPipe,
    ScorePipe,
    TranslatePipe,
    StarsPipe,
  ],
  providers: [InspectionReportStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inspection-report-page.html',
  styleUrl: './inspection-report-page.scss',
})
export class InspectionReportPage {
  readonly id = input.required<string>();
  protected readonly store = inject(InspectionReportStore);
  protected readonly sections = computed(() => {
    const groups: Array<{ title: string; rows: InspectionResultResponse[] }> = [];
    for (const r of this.store.inspection()?.results ?? []) {
      const last = groups[groups.length - 1];
      if (last?.title === r.section) last.rows.push(r);
      else groups.push({ title: r.section, rows: [r] });
    }
    return groups;
  });

  constructor() {
    effect(() => void this.store.load(Number(this.id())));
  }

  protected print(): void {
    window.print();
  }

  protected resultKey(r: InspectionResultResponse): string {
    if (r.result === 'score') return '';
    return `insp.${r.result}`;
  }
}
