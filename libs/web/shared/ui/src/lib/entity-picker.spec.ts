import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { PICKER_DEBOUNCE_MS, PickerOption, pickerLabel } from '@storeops/web/shared/util';
import { Observable, of } from 'rxjs';
import { EntityPicker } from './entity-picker';

const STORES: PickerOption[] = Array.from({ length: 2500 }, (_, i) => ({
  id: i + 1,
  code: `ZP${String(i + 1).padStart(4, '0')}`,
  name: `门店${i + 1}`,
}));

@Component({
  imports: [EntityPicker, ReactiveFormsModule],
  template: `<so-entity-picker label="门店" [formControl]="control" [search]="search" [resolve]="resolve" testId="p" />`,
})
class Host {
  readonly control = new FormControl<number | null>(null);
  readonly terms = signal<string[]>([]);
  readonly search = (term: string): Observable<PickerOption[]> => {
    this.terms.update((t) => [...t, term]);
    return of(STORES.filter((s) => s.code.includes(term)).slice(0, 20));
  };
  readonly resolve = (id: number): Observable<PickerOption> => of(STORES[id - 1]);
}

describe('EntityPicker (searches the server as you type)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const tick = (ms: number) => jest.advanceTimersByTimeAsync(ms);

  it('asks once per pause in typing, with what was typed last, and offers only the page that came back', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await tick(PICKER_DEBOUNCE_MS);
    const input = fixture.nativeElement.querySelector('[data-testid="p"]') as HTMLInputElement;
    for (const text of ['Z', 'ZP2', 'ZP2500']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await tick(50);
    }
    await tick(PICKER_DEBOUNCE_MS);
    fixture.detectChanges();
    expect(fixture.componentInstance.terms()).toEqual(['', 'ZP2500']);
    input.dispatchEvent(new Event('focusin'));
    fixture.detectChanges();
    const options = Array.from(document.querySelectorAll('[data-testid="p-option"]')).map((o) => o.textContent?.trim());
    expect(options).toEqual(['ZP2500 门店2500']);
  });

  it('puts the chosen id in the form, and labels an id set from outside by asking for it', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await tick(PICKER_DEBOUNCE_MS);
    const input = fixture.nativeElement.querySelector('[data-testid="p"]') as HTMLInputElement;
    input.value = 'ZP2500';
    input.dispatchEvent(new Event('input'));
    await tick(PICKER_DEBOUNCE_MS);
    fixture.detectChanges();
    input.dispatchEvent(new Event('focusin'));
    fixture.detectChanges();
    (document.querySelector('[data-testid="p-option"]') as HTMLElement).click();
    fixture.detectChanges();
    expect(fixture.componentInstance.control.value).toBe(2500);
    expect(input.value).toBe('ZP2500 门店2500');

    fixture.componentInstance.control.setValue(7);
    await tick(0);
    fixture.detectChanges();
    expect(input.value).toBe(pickerLabel(STORES[6]));
  });

  it('un-chooses when the person types over the chosen entry (what is shown is what is picked), but keeps a value set before the first page', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.control.setValue(7);
    fixture.detectChanges();
    await tick(PICKER_DEBOUNCE_MS);
    expect(fixture.componentInstance.control.value).toBe(7);
    await tick(0);
    fixture.detectChanges();
    const input = fixture.nativeElement.querySelector('[data-testid="p"]') as HTMLInputElement;
    input.value = 'ZP00';
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    expect(fixture.componentInstance.control.value).toBeNull();
  });
});
