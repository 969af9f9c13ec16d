import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  withDataVersion,
  clock,
  codedError,
  DetailedError,
  invalidRequest,
  RequestUser,
  runInTransaction,
  staleVersion,
} from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import {
  coded,
  checkWeights,
  COMPONENT_KIND_INFO,
  ErrorDetail,
  ScorecardSchemeResponse,
  SchemeComponentConfig,
} from '@storeops/shared/contracts';
import { ApproveSchemeDto, CreateSchemeDto, UpdateSchemeDto } from './dto/rankings.dto';
import { ScorecardSchemeEntity } from './entities/scorecard-scheme.entity';

export function toSchemeResponse(s: ScorecardSchemeEntity): ScorecardSchemeResponse {
  return {
    id: s.id,
    name: s.name,
    schemeVersion: s.schemeVersion,
    status: s.status,
    inForce: Boolean(s.inForce),
    missingRule: s.missingRule,
    components: s.components,
    description: s.description,
    createdBy: s.createdBy,
    createdAt: new Date(s.createdAt).toISOString(),
    approvedBy: s.approvedBy,
    approvedAt: s.approvedAt ? new Date(s.approvedAt).toISOString() : null,
    version: s.version,
  };
}

/** Problems of a component list: weights (whole, summing to 100), keys, floors, and each kind's parameters. */
export function schemeProblems(components: readonly SchemeComponentConfig[]): ErrorDetail[] {
  const details: ErrorDetail[] = checkWeights(components).map((problem) => ({
    ...weightProblemCode(problem),
    field: 'components',
    problem,
  }));
  components.forEach((c, i) => {
    const info = COMPONENT_KIND_INFO[c.kind];
    if (c.kind === 'shrink_vs_target' && c.targetRate === undefined)
      details.push(coded('scheme.target_rate_required', {}, { field: `components.${i}.targetRate` }));
    if (c.targetRate !== undefined && !info.params.includes('targetRate'))
      details.push(coded('scheme.param_not_for_kind', { kind: c.kind }, { field: `components.${i}.targetRate` }));
    if (c.categoryIds !== undefined && !info.params.includes('categoryIds'))
      details.push(coded('scheme.param_not_for_kind', { kind: c.kind }, { field: `components.${i}.categoryIds` }));
  });
  return details;
}

/** checkWeights' sentences (shared with the scheme form) as codes with params. */
function weightProblemCode(problem: string): { code: string; params: Record<string, string | number> } {
  const sum = /^weights sum to (-?[\d.]+), not 100$/.exec(problem);
  if (sum) return { code: 'scheme.weights_sum', params: { sum: Number(sum[1]) } };
  const keyed = /^(.+): (weight must be a whole number above 0|appears twice|floor and ceiling must differ)$/.exec(problem);
  if (keyed) {
    const code = keyed[2].startsWith('weight')
      ? 'scheme.weight_whole'
      : keyed[2].startsWith('appears')
        ? 'scheme.key_twice'
        : 'scheme.floor_ceiling';
    return { code, params: { key: keyed[1] } };
  }
  return { code: 'scheme.component_invalid', params: { detail: problem } };
}

/** Who is shown on the scheme: the person's name, as on every other record a person signs. */
const nameOf = (user: RequestUser) => user.displayName || user.username;

/** 考评方案: ops managers draft (and version) schemes; the director approves the one in force. */
@Injectable()
export class SchemesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly directory: StoreDirectory,
  ) {}

  private write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(this.db, withDataVersion('schemes', work));
  }

  async list(): Promise<ScorecardSchemeResponse[]> {
    const rows = await this.db.manager.find(ScorecardSchemeEntity, { order: { name: 'ASC', schemeVersion: 'DESC' } });
    return rows.map(toSchemeResponse);
  }

  async get(id: number): Promise<ScorecardSchemeResponse> {
    return toSchemeResponse(await this.load(id));
  }

  /** The approved scheme in force, or null. */
  async inForce(): Promise<ScorecardSchemeEntity | null> {
    return this.db.manager.findOneBy(ScorecardSchemeEntity, { inForce: true });
  }

  async load(id: number, em: EntityManager = this.db.manager): Promise<ScorecardSchemeEntity> {
    const found = await em.findOneBy(ScorecardSchemeEntity, { id });
    if (!found) throw codedError(404, 'scheme.not_found', { id }, [coded('scheme.not_found', { id }, { field: 'id' })]);
    return found;
  }

  async create(user: RequestUser, dto: CreateSchemeDto): Promise<ScorecardSchemeResponse> {
    const problems = schemeProblems(dto.components);
    if (problems.length) throw invalidRequest(problems);
    return this.write(async (em) => {
      let name = dto.name.trim();
      let schemeVersion = 1;
      if (dto.basedOnId !== undefined) {
        const base = await em.findOneBy(ScorecardSchemeEntity, { id: dto.basedOnId });
        if (!base) throw invalidRequest([coded('scheme.base_missing', { id: dto.basedOnId }, { field: 'basedOnId' })]);
        name = base.name;
      }
      const latest = await em.findOne(ScorecardSchemeEntity, { where: { name }, order: { schemeVersion: 'DESC' } });
      if (latest && dto.basedOnId === undefined)
        throw new DetailedError(409, 'scheme.name_taken', [
          coded('scheme.name_exists', { name, version: latest.schemeVersion }, { field: 'name' }),
        ]);
      if (latest) schemeVersion = latest.schemeVersion + 1;
      const saved = await em.save(
        em.create(ScorecardSchemeEntity, {
          name,
          schemeVersion,
          status: 'draft',
          inForce: false,
          missingRule: dto.missingRule,
          components: dto.components.map((c) => ({ ...c })),
          description: dto.description ?? null,
          createdBy: nameOf(user),
          createdAt: clock.now(),
          approvedBy: null,
          approvedAt: null,
        }),
      );
      const out = toSchemeResponse(saved);
      await this.audit.record(em, actorOf(user), 'create', 'scorecard_scheme', saved.id, null, out);
      return out;
    });
  }

  async update(user: RequestUser, id: number, dto: UpdateSchemeDto): Promise<ScorecardSchemeResponse> {
    if (dto.components) {
      const problems = schemeProblems(dto.components);
      if (problems.length) throw invalidRequest(problems);
    }
    return this.write(async (em) => {
      const s = await this.load(id, em);
      if (s.status !== 'draft')
        throw new DetailedError(409, 'scheme.only_draft_edit', [coded('scheme.status_is', { status: s.status }, { field: 'status' })]);
      if (s.version !== dto.version) throw stale(dto.version, s.version);
      const before = toSchemeResponse(s);
      if (dto.name !== undefined && dto.name.trim() !== s.name) {
        if (await em.existsBy(ScorecardSchemeEntity, { name: dto.name.trim() }))
          throw new DetailedError(409, 'scheme.name_taken', [coded('scheme.name_exists', { name: dto.name.trim() }, { field: 'name' })]);
        s.name = dto.name.trim();
      }
      if (dto.missingRule !== undefined) s.missingRule = dto.missingRule;
      if (dto.components !== undefined) s.components = dto.components.map((c) => ({ ...c }));
      if (dto.description !== undefined) s.description = dto.description;
      const saved = await em.save(s);
      const out = toSchemeResponse(saved);
      await this.audit.record(em, actorOf(user), 'update', 'scorecard_scheme', id, before, out);
      return out;
    });
  }

  /** Approves a draft and puts it in force; the scheme in force before is kept, superseded if it has the same name. */
  async approve(user: RequestUser, id: number, dto: ApproveSchemeDto): Promise<ScorecardSchemeResponse> {
    return this.write(async (em) => {
      const s = await this.load(id, em);
      if (s.version !== dto.version) throw stale(dto.version, s.version);
      if (s.status !== 'draft')
        throw new DetailedError(409, 'scheme.only_draft_approve', [coded('scheme.status_is', { status: s.status }, { field: 'status' })]);
      const before = toSchemeResponse(s);
      for (const other of await em.findBy(ScorecardSchemeEntity, { inForce: true })) {
        await em.update(ScorecardSchemeEntity, { id: other.id }, { inForce: false, version: other.version + 1 });
      }
      for (const older of await em.findBy(ScorecardSchemeEntity, { name: s.name, status: 'approved' })) {
        await em.update(ScorecardSchemeEntity, { id: older.id }, { status: 'superseded', inForce: false, version: older.version + 1 });
      }
      s.status = 'approved';
      s.inForce = true;
      s.approvedBy = nameOf(user);
      s.approvedAt = clock.now();
      const out = toSchemeResponse(await em.save(s));
      await this.audit.record(em, actorOf(user), 'update', 'scorecard_scheme', id, before, out);
      return out;
    });
  }
}

/** The scheme a write read has since changed. */
const stale = (expected: number, current: number) => staleVersion(expected, current, 'scheme.version_stale', 'scheme.changed');
