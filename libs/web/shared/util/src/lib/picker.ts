import { Observable } from 'rxjs';

/** One choice in a picker: shown as "code name". */
export interface PickerOption {
  id: number;
  code: string;
  name: string;
}

/** Asks the server for the first page of choices matching what was typed (empty: the first page). */
export type PickerSearch = (term: string) => Observable<PickerOption[]>;
/** Asks the server for one choice by id, to label a value set from outside. */
export type PickerResolve = (id: number) => Observable<PickerOption>;

export const PICKER_DEBOUNCE_MS = 250;

/** "code name", what a picker shows for a choice. */
export function pickerLabel(option: PickerOption | null | undefined): string {
  return option ? `${option.code} ${option.name}` : '';
}
