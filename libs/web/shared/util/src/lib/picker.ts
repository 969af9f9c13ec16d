import { Observable } from 'rxjs';

/** One choice in a picker: shown as "code name". */
export interface PickerOption {
  id: number;
  code: string;
  name: string;
  /** A second line under the choice (e.g. a store's external codes). */
  detail?: string;
}

/** Asks the server for the first page of choices matching what was typed (empty: the first page). */
export type PickerSearch = (term: string) => Observable<PickerOption[]>;
/** Asks the server for one choice by id, to label a value set from outside. */
export type PickerResolve = (id: number) => Observable<PickerOption>;
/** Asks the server for several choices by id at once (a many-choice picker's value set from outside). */
export type PickerResolveMany = (ids: readonly number[]) => Observable<PickerOption[]>;

export const PICKER_DEBOUNCE_MS = 250;

/** "code name", what a picker shows for a choice. */
export function pickerLabel(option: PickerOption | null | undefined): string {
  return option ? `${option.code} ${option.name}` : '';
}
