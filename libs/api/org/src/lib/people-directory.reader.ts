import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { PEOPLE_DIRECTORY, PeopleDirectory, Person } from '@storeops/api/core';
import { StoreEntity } from './entities/store.entity';
import { UserEntity } from './entities/user.entity';

/** The active users, for the alert centre's digests (org's port; the alert centre never reads app_user itself). */
@Injectable()
export class PeopleDirectoryReader implements PeopleDirectory {
  readonly [PEOPLE_DIRECTORY] = true as const;

  constructor(private readonly db: DataSource) {}

  async activePeople(): Promise<Person[]> {
    const rows = await this.db.getRepository(UserEntity).find({
      where: { active: true },
      select: { id: true, username: true, displayName: true, role: true, storeId: true },
      order: { id: 'ASC' },
    });
    return rows.map(({ id, username, displayName, role, storeId }) => ({ id, username, displayName, role, storeId }));
  }

  async existingStoreIds(ids: readonly number[]): Promise<number[]> {
    if (!ids.length) return [];
    const rows = await this.db.getRepository(StoreEntity).find({ where: { id: In([...ids]) }, select: { id: true } });
    return rows.map((r) => r.id);
  }
}
