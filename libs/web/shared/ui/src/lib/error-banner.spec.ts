import { TestBed } from '@angular/core/testing';
import { ErrorBanner } from './error-banner';

describe('ErrorBanner', () => {
  it('shows the message and emits retry when the button is pressed', async () => {
    const fixture = TestBed.createComponent(ErrorBanner);
    fixture.componentRef.setInput('message', '数据加载失败');
    fixture.componentRef.setInput('retryLabel', '重试');
    const retried = jest.fn();
    fixture.componentInstance.retry.subscribe(retried);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('数据加载失败');
    el.querySelector<HTMLButtonElement>('[data-testid=retry]')?.click();
    expect(retried).toHaveBeenCalledTimes(1);
  });

  it('has no retry button without a label', async () => {
    const fixture = TestBed.createComponent(ErrorBanner);
    fixture.componentRef.setInput('message', 'x');
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[data-testid=retry]')).toBeNull();
  });
});
