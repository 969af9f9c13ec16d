import { HttpException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntryEntity, AuditService } from '@storeops/api/audit';
import { ActualsReader, DataVersionEntity, RequestUser } from '@storeops/api/core';
import {
  CategoryEntity,
  OrgRepository,
  RegionEntity,
  StoreDirectory,
  StoreEntity,
  StoreExternalCodeEntity,
  UserEntity,
} from '@storeops/api/org';
import { ErrorDetail, Role, StoreFormat, StoreStatus, TargetMetric } from '@storeops/shared/contracts';
import { DecompositionsService } from '../decompositions.service';
import { TARGET_ENTITIES } from '../entities';
import { ProgressService } from '../progress.service';
import { TargetsRepository } from '../targets.repository';
import { FakeFacts, fakeActuals } from './fake-actuals';

export interface StoreSeed {
  code: string;
  format?: StoreFormat;
  status?: StoreStatus;
  openDate?: string | null;
  area?: number;
}

export interface Harness {
  db: DataSource;
  decompositions: DecompositionsService;
  progress: ProgressService;
  repo: TargetsRepository;
  directory: StoreDirectory;
  reader: ActualsReader;
  /** Store ids by code. */
  ids: Record<string, number>;
  close(): Promise<void>;
}

export const user = (role: Role, username: string, storeId: number | null = null): RequestUser => ({
  id: 1,
  username,
  displayName: username,
  role,
  storeId,
  categoryIds: [],
  sessionId: 'test',
});
export const ops = user(Role.OpsManager, 'ops');
export const director = user(Role.Director, 'director');

/** Services over an in-memory SQLite schema, the given stores (opened long ago unless told) and fake actuals. */
export async function harness(stores: StoreSeed[], facts: Partial<Record<TargetMetric, FakeFacts>> = {}): Promise<Harness> {
  const db = new DataSource({
    type: 'better-sqlite3',
    database: ':memory:',
    entities: [
      RegionEntity,
      CategoryEntity,
      StoreEntity,
      StoreExternalCodeEntity,
      UserEntity,
      AuditEntryEntity,
      DataVersionEntity,
      ...TARGET_ENTITIES,
    ],
    // Unit tests only: the schema of these entities, built directly (the app itself runs migrations).
    synchronize: true,
  });
  await db.initialize();
  const region = await db.manager.save(db.manager.create(RegionEntity, { code: 'EAST', name: '华东', active: true }));
  const ids: Record<string, number> = {};
  for (const s of stores) {
    const saved = await db.manager.save(
      db.manager.create(StoreEntity, {
        code: s.code,
        name: `${s.code} 店`,
        regionId: region.id,
        format: s.format ?? StoreFormat.Supermarket,
        status: s.status ?? StoreStatus.Open,
        openDate: s.openDate === undefined ? '2015-01-01' : s.openDate,
        salesAreaSqm: s.area ?? 1000,
      }),
    );
    ids[s.code] = saved.id;
  }
  const directory = new StoreDirectory(new OrgRepository(db));
  const repo = new TargetsRepository(db, directory);
  const reader = fakeActuals(facts);
  return {
    db,
    ids,
    repo,
    directory,
    reader,
    decompositions: new DecompositionsService(db, repo, new AuditService(db.getRepository(AuditEntryEntity)), reader),
    progress: new ProgressService(repo, reader),
    close: () => db.destroy(),
  };
}

/** The status and details of a refused call. */
export async function refusal(promise: Promise<unknown>): Promise<{ status: number; details: ErrorDetail[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpException) {
      const body = error.getResponse() as { details?: ErrorDetail[] };
      return { status: error.getStatus(), details: body.details ?? [] };
    }
    throw error;
  }
  throw new Error('expected the call to be refused');
}
