import { TestBed } from '@angular/core/testing';
import { ChartView, SoChartData } from './chart';

const instances: FakeChart[] = [];
class FakeChart {
  static register = jest.fn();
  data: unknown;
  options: unknown;
  update = jest.fn();
  destroy = jest.fn();
  constructor(
    public canvas: HTMLCanvasElement,
    public config: { type: string; data: unknown; options: unknown },
  ) {
    this.data = config.data;
    this.options = config.options;
    instances.push(this);
  }
}

// jsdom has no canvas: the wrapper is tested against a stand-in Chart class.
jest.mock('chart.js', () => ({
  Chart: FakeChart,
  BarController: 'BarController',
  LineController: 'LineController',
  RadarController: 'RadarController',
  BarElement: 'BarElement',
  LineElement: 'LineElement',
  PointElement: 'PointElement',
  CategoryScale: 'CategoryScale',
  LinearScale: 'LinearScale',
  RadialLinearScale: 'RadialLinearScale',
  Filler: 'Filler',
  Tooltip: 'Tooltip',
  Legend: 'Legend',
}));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const data = (values: number[]): SoChartData => ({ labels: values.map(String), datasets: [{ label: 'x', data: values }] });

describe('ChartView', () => {
  beforeEach(() => (instances.length = 0));

  it('registers only the bar/line/radar parts and draws on its canvas', async () => {
    const fixture = TestBed.createComponent(ChartView);
    fixture.componentRef.setInput('type', 'bar');
    fixture.componentRef.setInput('data', data([1, 2]));
    await fixture.whenStable();
    await flush();
    expect(FakeChart.register).toHaveBeenCalledWith(
      'BarController',
      'LineController',
      'RadarController',
      'BarElement',
      'LineElement',
      'PointElement',
      'CategoryScale',
      'LinearScale',
      'RadialLinearScale',
      'Filler',
      'Tooltip',
      'Legend',
    );
    expect(instances).toHaveLength(1);
    expect(instances[0].canvas).toBe(fixture.nativeElement.querySelector('canvas'));
    expect(instances[0].config.type).toBe('bar');
  });

  it('updates the same chart on new data and destroys it with the component', async () => {
    const fixture = TestBed.createComponent(ChartView);
    fixture.componentRef.setInput('type', 'bar');
    fixture.componentRef.setInput('data', data([1]));
    await fixture.whenStable();
    await flush();
    const next = data([5, 6]);
    fixture.componentRef.setInput('data', next);
    await fixture.whenStable();
    await flush();
    expect(instances).toHaveLength(1);
    expect(instances[0].data).toBe(next);
    expect(instances[0].update).toHaveBeenCalled();
    fixture.destroy();
    expect(instances[0].destroy).toHaveBeenCalled();
  });
});
