import { Role } from '@storeops/shared/contracts';

/** The mark of the people directory among a module's providers: the alert centre finds the provider that carries it. */
export const PEOPLE_DIRECTORY = Symbol.for('storeops:people-directory');

/** One active person as the alert centre needs them: who they are, their role and store, to work out their alerts. */
export interface Person {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  storeId: number | null;
}

/**
 * Org's port to the calendar and the alert centre (the digest is sent to every active person; a closure names a
 * store): org owns users and stores, they read.
 */
export interface PeopleDirectory {
  readonly [PEOPLE_DIRECTORY]: true;
  activePeople(): Promise<Person[]>;
  /** Which of these store ids exist (a store's closure days are checked against it). */
  existingStoreIds(ids: readonly number[]): Promise<number[]>;
}

export function isPeopleDirectory(value: unknown): value is PeopleDirectory {
  return typeof value === 'object' && value !== null && (value as Partial<PeopleDirectory>)[PEOPLE_DIRECTORY] === true;
}
