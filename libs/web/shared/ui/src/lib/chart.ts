import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  InputSignal,
  afterRenderEffect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { Chart, ChartData, ChartOptions, ChartType } from 'chart.js';

export type SoChartType = Extract<ChartType, 'bar' | 'line' | 'radar'>;
export type SoChartData = ChartData<ChartType>;
export type SoChartOptions = ChartOptions<ChartType>;

let chartClass: Promise<typeof Chart> | null = null;

/**
 * chart.js is fetched on first use, as its own chunk, with only the parts our charts use registered
 * (bar/line/radar controllers and elements, category/linear/radial scales, filler, tooltip, legend) — never in the
 * initial bundle.
 */
export function loadChartJs(): Promise<typeof Chart> {
  chartClass ??= import('chart.js').then((m) => {
    m.Chart.register(
      m.BarController,
      m.LineController,
      m.RadarController,
      m.BarElement,
      m.LineElement,
      m.PointElement,
      m.CategoryScale,
      m.LinearScale,
      m.RadialLinearScale,
      m.Filler,
      m.Tooltip,
      m.Legend,
    );
    return m.Chart;
  });
  return chartClass;
}

/** A canvas chart: give it type, data and options; new data updates the same chart instead of rebuilding it. */
@Component({
  selector: 'so-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="box" [style.height]="height()"><canvas #canvas role="img" [attr.aria-label]="label()"></canvas></div>`,
  styles: `
    :host {
      display: block;
    }
    .box {
      position: relative;
      width: 100%;
    }
  `,
})
export class ChartView {
  readonly type: InputSignal<SoChartType> = input.required<SoChartType>();
  readonly data: InputSignal<SoChartData> = input.required<SoChartData>();
  readonly options: InputSignal<SoChartOptions> = input<SoChartOptions>({});
  readonly height = input('280px');
  /** Accessible name of the canvas. */
  readonly label = input('');

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;
  private destroyed = false;

  constructor() {
    afterRenderEffect(() => {
      void this.render(this.type(), this.data(), this.options());
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
      this.chart = null;
    });
  }

  private async render(type: SoChartType, data: SoChartData, options: SoChartOptions): Promise<void> {
    const ChartJs = await loadChartJs();
    if (this.destroyed) return;
    const merged: SoChartOptions = { responsive: true, maintainAspectRatio: false, ...options };
    if (this.chart && (this.chart.config as { type?: string }).type === type) {
      this.chart.data = data;
      this.chart.options = merged;
      this.chart.update();
      return;
    }
    this.chart?.destroy();
    this.chart = new ChartJs(this.canvas().nativeElement, { type, data, options: merged });
  }
}
