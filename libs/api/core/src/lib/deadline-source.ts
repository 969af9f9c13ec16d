import { DeadlineKind, DeadlineRecord } from '@storeops/shared/contracts';
import { DataKind } from './data-version';

/** The mark of a deadline source among a module's providers: the deadline engine finds every provider that carries it. */
export const DEADLINE_SOURCE = Symbol.for('storeops:deadline-source');

/**
 * A domain's port to the deadline engine: it reports its own open deadlines (read from its own tables), and names the
 * data versions that change them, so the engine reads them again only after a write. Domains do not depend on the
 * engine; the engine does not read their tables.
 */
export interface DeadlineSource {
  readonly [DEADLINE_SOURCE]: true;
  readonly kinds: readonly DeadlineKind[];
  /** The data whose writes change its deadlines; none: read at every request (cheap indexed reads). */
  readonly dataKinds: readonly DataKind[];
  /** Its deadlines also change with the China day (a plan period begins), so what is kept is kept for the day only. */
  readonly daily?: boolean;
  openDeadlines(): Promise<DeadlineRecord[]>;
}

export function isDeadlineSource(value: unknown): value is DeadlineSource {
  return typeof value === 'object' && value !== null && (value as Partial<DeadlineSource>)[DEADLINE_SOURCE] === true;
}
