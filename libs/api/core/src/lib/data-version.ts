/**
 * In-process version counters of the data that derived figures read: `facts` (bumped when an import or seeding
 * applies), `org` (stores, regions, categories), `targets`, `schemes` (scorecard schemes), `inspections`, `calendar` (the working calendar), `complaints`, `meetings`, `ledger` (price and quality checks), `violations`. Caches key their entries by these, so a write makes
 * every older entry unreachable without tracking what it touched. One API process serves the chain; several
 * processes would need a shared counter.
 */
export type DataKind =
  | 'facts'
  | 'org'
  | 'targets'
  | 'schemes'
  | 'inspections'
  | 'calendar'
  | 'complaints'
  | 'meetings'
  | 'ledger'
  | 'violations';

const versions: Record<DataKind, number> = {
  facts: 0,
  org: 0,
  targets: 0,
  schemes: 0,
  inspections: 0,
  calendar: 0,
  complaints: 0,
  meetings: 0,
  ledger: 0,
  violations: 0,
};

export function bumpDataVersion(kind: DataKind): void {
  versions[kind]++;
}

export function dataVersion(...kinds: DataKind[]): string {
  return kinds.map((k) => `${k}:${versions[k]}`).join('|');
}

/** A small LRU map for computed responses. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity = 500) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
