import { TestBed } from '@angular/core/testing';
import { KpiValue } from './kpi-value';

async function render(inputs: Record<string, unknown>): Promise<HTMLElement> {
  localStorage.clear();
  const fixture = TestBed.createComponent(KpiValue);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return fixture.nativeElement;
}

describe('KpiValue', () => {
  it('shows an unknown figure as — with its reason, never as 0', async () => {
    const el = await render({ value: null, format: 'percent', reason: 'inputs_unknown', metric: 'margin_rate' });
    const figure = el.querySelector('[data-testid=kpi-value]') as HTMLElement;
    expect(figure.textContent?.trim()).toBe('—');
    expect(figure.getAttribute('data-unknown')).toBe('inputs_unknown');
    expect(figure.getAttribute('aria-label')).toContain('缺少成本数据');
  });

  it('writes a known value in the zh-CN format and marks one computed over part of the store-days', async () => {
    const full = await render({ value: 123456, format: 'money' });
    expect(full.textContent?.trim()).toBe('¥1,234.56');
    expect(full.querySelector('sup')).toBeNull();
    const partial = await render({ value: 0.2, format: 'percent', metric: 'margin_rate', coverage: { days: 10, missingDays: 4 } });
    expect(partial.querySelector('sup')).not.toBeNull();
    expect(partial.querySelector('button')?.getAttribute('aria-label')).toContain('4 个店日缺少成本数据');
  });
});
