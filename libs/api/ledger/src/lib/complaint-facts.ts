import { Injectable } from '@nestjs/common';
import { ComplaintsRepository } from './complaints.repository';
import { storeOfComplaint } from './complaint-stats.service';

/** The ledger's read port for rankings: valid complaints per store (the responsible one, else where received). */
@Injectable()
export class ComplaintFacts {
  constructor(private readonly repo: ComplaintsRepository) {}

  /** Valid complaints received in [from, to), by store; merged duplicates are not counted. */
  async validByStore(from: Date, to: Date): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (const c of await this.repo.receivedBetween(from, to)) {
      if (c.valid !== true) continue;
      const store = storeOfComplaint(c);
      out.set(store, (out.get(store) ?? 0) + 1);
    }
    return out;
  }
}
