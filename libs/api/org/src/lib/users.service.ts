import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  codedError,
  hashPassword,
  invalidField,
  pageWindow,
  passwordProblem,
  RequestUser,
  runInTransaction,
  SESSION_REVOKER,
  SessionRevoker,
  toPage,
} from '@storeops/api/core';
import { Page, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, Role, UserResponse } from '@storeops/shared/contracts';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user.dto';
import { CategoryEntity } from './entities/category.entity';
import { StoreEntity } from './entities/store.entity';
import { UserEntity } from './entities/user.entity';
import { toUserResponse } from './mappers';
import { OrgRepository } from './org.repository';
import { assertVersion, found } from './write-helpers';

interface Assignment {
  role: Role;
  storeId: number | null;
  categoryIds: number[];
}

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: OrgRepository,
    private readonly audit: AuditService,
    @Inject(SESSION_REVOKER) private readonly sessions: SessionRevoker,
  ) {}

  async list(query: UserQueryDto): Promise<Page<UserResponse>> {
    const window = pageWindow(query);
    const [rows, total] = await this.repo.findUsersPage(query, window);
    return toPage(rows, total, window, toUserResponse);
  }

  async get(id: number): Promise<UserResponse> {
    return toUserResponse(found(await this.repo.findUserById(id), 'User', id));
  }

  async create(user: RequestUser, dto: CreateUserDto): Promise<UserResponse> {
    this.assertPassword(dto.password, dto.username);
    const passwordHash = await hashPassword(dto.password);
    return runInTransaction(this.db, async (em) => {
      const taken = await em
        .createQueryBuilder(UserEntity, 'u')
        .where('LOWER(u.username) = :u', { u: dto.username.toLowerCase() })
        .getExists();
      if (taken) throw invalidField('username', 'user.username_taken', { username: dto.username }, 409);
      const assignment = await this.checkAssignment(em, {
        role: dto.role,
        storeId: dto.storeId ?? null,
        categoryIds: dto.categoryIds ?? [],
      });
      const saved = await em.save(
        em.create(UserEntity, {
          username: dto.username,
          displayName: dto.displayName,
          role: assignment.role,
          storeId: assignment.storeId,
          categories: assignment.categoryIds.map((id) => ({ id }) as CategoryEntity),
          passwordHash,
          active: true,
        }),
      );
      const response = toUserResponse(
        found(await em.findOne(UserEntity, { where: { id: saved.id }, relations: { categories: true } }), 'User', saved.id),
      );
      await this.audit.record(em, actorOf(user), 'create', 'user', saved.id, null, response);
      return response;
    });
  }

  async update(user: RequestUser, id: number, dto: UpdateUserDto): Promise<UserResponse> {
    const existing = found(await this.repo.findUserById(id), 'User', id);
    if (dto.password !== undefined) this.assertPassword(dto.password, existing.username);
    if (id === user.id && (dto.active === false || (dto.role && dto.role !== existing.role))) {
      throw invalidField(dto.active === false ? 'active' : 'role', 'user.self_change');
    }
    const passwordHash = dto.password !== undefined ? await hashPassword(dto.password) : undefined;
    let endSessions = false;
    const response = await runInTransaction(this.db, async (em) => {
      const entity = found(await em.findOne(UserEntity, { where: { id }, relations: { categories: true } }), 'User', id);
      assertVersion(entity.version, dto.version);
      const before = toUserResponse(entity);
      const assignment = await this.checkAssignment(em, {
        role: dto.role ?? entity.role,
        storeId: dto.storeId !== undefined ? dto.storeId : dto.role && dto.role !== Role.StoreManager ? null : entity.storeId,
        categoryIds: dto.categoryIds ?? before.categoryIds,
      });
      if (dto.displayName !== undefined) entity.displayName = dto.displayName;
      if (dto.active !== undefined) entity.active = dto.active;
      entity.role = assignment.role;
      entity.storeId = assignment.storeId;
      entity.categories = assignment.categoryIds.map((cid) => ({ id: cid }) as CategoryEntity);
      if (passwordHash) entity.passwordHash = passwordHash;
      const candidate = toUserResponse({ ...entity, categories: entity.categories } as UserEntity);
      const changed = JSON.stringify({ ...candidate, version: 0 }) !== JSON.stringify({ ...before, version: 0 }) || !!passwordHash;
      if (!changed) return before;
      await em.save(entity);
      const after = toUserResponse(found(await em.findOne(UserEntity, { where: { id }, relations: { categories: true } }), 'User', id));
      await this.audit.record(em, actorOf(user), 'update', 'user', id, before, after);
      // Whoever lost access, changed scope or got a new password must sign in again.
      endSessions = !after.active || after.role !== before.role || after.storeId !== before.storeId || !!passwordHash;
      return after;
    });
    if (endSessions) await this.sessions.revokeAllForUser(id);
    return response;
  }

  private assertPassword(password: string, username: string): void {
    const problem = passwordProblem(password, username);
    if (problem) {
      const [code, params] = /at least/.test(problem)
        ? ['password.too_short', { min: PASSWORD_MIN_LENGTH }]
        : /at most/.test(problem)
          ? ['password.too_long', { max: PASSWORD_MAX_LENGTH }]
          : /common/.test(problem)
            ? ['password.common', {}]
            : /repeated/.test(problem)
              ? ['password.repeated', {}]
              : ['password.contains_username', {}];
      throw codedError(400, 'request.invalid', {}, [{ field: 'password', code, params, problem: `password ${problem}` }]);
    }
  }

  /** A store manager runs exactly one store; only specialists carry categories; nobody else has either. */
  private async checkAssignment(em: EntityManager, a: Assignment): Promise<Assignment> {
    if (a.role === Role.StoreManager) {
      if (a.storeId === null) throw invalidField('storeId', 'user.store_required');
      if (!(await em.existsBy(StoreEntity, { id: a.storeId }))) throw invalidField('storeId', 'store.missing', { id: a.storeId });
    } else if (a.storeId !== null) {
      throw invalidField('storeId', 'user.store_not_for_role', { role: a.role });
    }
    const categoryIds = [...new Set(a.categoryIds)].sort((x, y) => x - y);
    if (categoryIds.length && a.role !== Role.Specialist) {
      throw invalidField('categoryIds', `only a specialist has categories, not a ${a.role}`);
    }
    if (categoryIds.length) {
      const known = await em.countBy(CategoryEntity, { id: In(categoryIds) });
      if (known !== categoryIds.length) throw invalidField('categoryIds', 'category.some_missing');
    }
    return { role: a.role, storeId: a.storeId, categoryIds };
  }
}
