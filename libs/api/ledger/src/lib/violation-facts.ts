import { Injectable } from '@nestjs/common';
import { ViolationsRepository } from './violations.repository';

/** The ledger's read port for rankings and the store profile: standing violations (not overturned) per store. */
@Injectable()
export class ViolationFacts {
  constructor(private readonly repo: ViolationsRepository) {}

  /** Violations that occurred in [from, to), by store (of the store itself or of a person of it); overturned ones are not counted. */
  async countByStore(from: Date, to: Date): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (const v of await this.repo.standingBetween(from, to)) {
      if (v.storeId === null) continue;
      out.set(v.storeId, (out.get(v.storeId) ?? 0) + 1);
    }
    return out;
  }
}
