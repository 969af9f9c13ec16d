import { FormControl } from '@angular/forms';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { PICKER_DEBOUNCE_MS, PickerOption, PickerSearch } from '@storeops/web/shared/util';
import { catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';

/**
 * What both pickers do with the text field: ask `search()` once per pause in typing (the latest answer wins, a failed
 * search offers nothing), hand each answer to `found`, and ask for the first page at once so the list is not empty
 * before anything is typed. Call it in an injection context (a constructor): it stops with the component.
 */
export function searchAsTyped(
  text: FormControl<PickerOption | string | null>,
  search: () => PickerSearch,
  found: (options: PickerOption[]) => void,
): void {
  text.valueChanges
    .pipe(
      debounceTime(PICKER_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((v) => (typeof v === 'string' || v === null ? search()((v ?? '').trim()).pipe(catchError(() => of([]))) : of(null))),
      takeUntilDestroyed(),
    )
    .subscribe((options) => {
      if (options) found(options);
    });
  queueMicrotask(() => {
    if (typeof text.value === 'string') text.setValue(text.value);
  });
}
