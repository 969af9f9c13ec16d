import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SupplierEntity } from './entities';

/** The suppliers domain's read port: other domains (a complaint about a supplier's product) name suppliers through it. */
@Injectable()
export class SupplierDirectory {
  constructor(private readonly db: DataSource) {}

  /** Code and name of each supplier asked for that exists. */
  async names(ids: readonly number[]): Promise<Map<number, { code: string; name: string }>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .getRepository(SupplierEntity)
      .find({ where: { id: In([...new Set(ids)]) }, select: { id: true, code: true, name: true } });
    return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
  }
}
