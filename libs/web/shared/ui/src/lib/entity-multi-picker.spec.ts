import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { PICKER_DEBOUNCE_MS, PickerOption } from '@storeops/web/shared/util';
import { Observable, of } from 'rxjs';
import { EntityMultiPicker } from './entity-multi-picker';

const STORES: PickerOption[] = Array.from({ length: 2500 }, (_, i) => ({
  id: i + 1,
  code: `ZP${String(i + 1).padStart(4, '0')}`,
  name: `门店${i + 1}`,
}));

@Component({
  imports: [EntityMultiPicker, ReactiveFormsModule],
  template: `<so-entity-multi-picker label="门店" [formControl]="control" [search]="search" [resolveMany]="resolveMany" testId="m" />`,
})
class Host {
  readonly control = new FormControl<number[]>([]);
  readonly asked: number[][] = [];
  readonly search = (term: string): Observable<PickerOption[]> => of(STORES.filter((s) => s.code.includes(term)).slice(0, 20));
  readonly resolveMany = (ids: readonly number[]): Observable<PickerOption[]> => {
    this.asked.push([...ids]);
    return of(ids.map((id) => STORES[id - 1]));
  };
}

describe('EntityMultiPicker (chips, searching the server as you type)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const tick = (ms: number) => jest.advanceTimersByTimeAsync(ms);
  const chips = () =>
    Array.from(document.querySelectorAll('[data-testid="m-chip"]')).map((c) => c.textContent?.replace('cancel', '').trim());
  const options = () => Array.from(document.querySelectorAll('[data-testid="m-option"]')) as HTMLElement[];

  async function type(fixture: { detectChanges(): void; nativeElement: HTMLElement }, text: string): Promise<HTMLInputElement> {
    const input = fixture.nativeElement.querySelector('[data-testid="m"]') as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await tick(PICKER_DEBOUNCE_MS);
    fixture.detectChanges();
    input.dispatchEvent(new Event('focusin'));
    fixture.detectChanges();
    return input;
  }

  it('adds the last of 2,500 stores and another as chips, in the order picked, and offers no chosen store again', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await tick(PICKER_DEBOUNCE_MS);
    await type(fixture, 'ZP2500');
    options()[0].click();
    fixture.detectChanges();
    await type(fixture, 'ZP000');
    options()[2].click();
    fixture.detectChanges();
    expect(fixture.componentInstance.control.value).toEqual([2500, 3]);
    expect(chips()).toEqual(['ZP2500 门店2500', 'ZP0003 门店3']);
    await type(fixture, 'ZP250');
    expect(options().map((o) => o.textContent?.trim())).not.toContain('ZP2500 门店2500');
  });

  it('labels ids set from outside with one request for those it has not seen (7 came with the first page), and removes a chip', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await tick(PICKER_DEBOUNCE_MS);
    fixture.componentInstance.control.setValue([2499, 2500, 7]);
    await tick(0);
    fixture.detectChanges();
    expect(fixture.componentInstance.asked).toEqual([[2499, 2500]]);
    expect(chips()).toEqual(['ZP2499 门店2499', 'ZP2500 门店2500', 'ZP0007 门店7']);
    (document.querySelectorAll('[data-testid="m-chip"] button')[1] as HTMLElement).click();
    fixture.detectChanges();
    expect(fixture.componentInstance.control.value).toEqual([2499, 7]);
    expect(chips()).toEqual(['ZP2499 门店2499', 'ZP0007 门店7']);
  });
});
