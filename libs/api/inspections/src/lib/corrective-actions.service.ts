import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import {
  withDataVersion,
  canReachStore,
  clock,
  codedError,
  invalidField,
  pageWindow,
  RequestUser,
  runInTransaction,
  startOfChinaDay,
  storeScopeOf,
  toPage,
} from '@storeops/api/core';
import {
  BulkVerifyCorrectiveActionsResponse,
  coded,
  CorrectiveActionResponse,
  CorrectiveActionSummary,
  ErrorDetail,
  Page,
  Role,
} from '@storeops/shared/contracts';
import { assertCanSeeStoreRecord, coversCategory } from './inspection-access';
import { addDays } from './plan-periods';
import {
  BulkVerifyCorrectiveActionsDto,
  CloseCorrectiveActionDto,
  CorrectiveActionFilterDto,
  CorrectiveActionQueryDto,
  VerifyCorrectiveActionDto,
} from './dto/inspection.dto';
import { CorrectiveActionEntity } from './entities';
import { ActionFilter, InspectionsRepository } from './inspections.repository';
import { toCorrectiveActionResponse, written } from './mappers';

function reasonRequired() {
  return invalidField('reason', 'corrective_action.reason_required');
}

/** 409: the action is not in the state the step starts from (`closed`, or `open_or_reopened`). */
function wrongState(action: CorrectiveActionEntity, expected: 'closed' | 'open_or_reopened') {
  return codedError(409, 'corrective_action.wrong_state', { status: action.status, expected }, [
    coded('corrective_action.status_is', { status: action.status }, { field: 'status' }),
  ]);
}

/**
 * Who verifies a closed action: an inspection's, the category's specialist or an ops manager (in reach of the store);
 * a finding from another source (a price or quality check, a meeting), its finder or the office.
 */
export function mayVerify(user: RequestUser, a: CorrectiveActionEntity): boolean {
  if (a.sourceKind !== 'inspection' && a.inspectionId === null) {
    return user.role === Role.AdminOffice || user.role === Role.Admin || (a.verifierId !== null && a.verifierId === user.id);
  }
  return canReachStore(user, a.storeId) && coversCategory(user, a.categoryId);
}

function assertCanVerify(user: RequestUser, a: CorrectiveActionEntity): void {
  if (a.sourceKind !== 'inspection' && a.inspectionId === null) {
    if (!mayVerify(user, a)) throw codedError(403, 'corrective_action.not_yours', { id: a.id });
    return;
  }
  assertCanSeeStoreRecord(user, a.storeId);
  if (!coversCategory(user, a.categoryId)) throw codedError(403, 'inspection.category_not_yours', { categoryId: a.categoryId ?? '' });
}

/** 整改: the store's manager closes with a note and a photo; the category's specialist or an ops manager verifies. */
@Injectable()
export class CorrectiveActionsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: InspectionsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The filter of a query, narrowed to the caller's store for a store manager; null when a store manager asked for
   * another store (the answer is then empty, not an error).
   */
  private filterOf(user: RequestUser, query: CorrectiveActionFilterDto, now: Date): Omit<ActionFilter, 'statuses'> | null {
    const scope = storeScopeOf(user);
    if (scope !== null && query.storeId !== undefined && query.storeId !== scope) return null;
    return {
      storeId: scope ?? query.storeId,
      overdue: query.overdue,
      inspectionId: query.inspectionId,
      categoryId: query.categoryId === undefined ? undefined : query.categoryId === 0 ? null : query.categoryId,
      inspectorId: query.inspectorId,
      dueFrom: query.dueFrom ? startOfChinaDay(query.dueFrom) : undefined,
      dueBefore: query.dueTo ? addDays(startOfChinaDay(query.dueTo), 1) : undefined,
      now,
    };
  }

  async list(user: RequestUser, query: CorrectiveActionQueryDto): Promise<Page<CorrectiveActionResponse>> {
    const window = pageWindow(query);
    const now = clock.now();
    const filter = this.filterOf(user, query, now);
    if (!filter) return toPage([], 0, window, (a: CorrectiveActionEntity) => toCorrectiveActionResponse(a, now));
    const [rows, total] = await this.repo.findActionsPage({ ...filter, statuses: query.status }, window);
    return toPage(await this.views(rows, now), total, window, (v) => v);
  }

  /** 整改 counts of a filter: by status, and overdue among them. */
  async summary(user: RequestUser, query: CorrectiveActionFilterDto): Promise<CorrectiveActionSummary> {
    const filter = this.filterOf(user, query, clock.now());
    const counts = filter ? await this.repo.countActions(filter) : { byStatus: {}, overdue: 0 };
    const n = (status: string) => counts.byStatus[status] ?? 0;
    return {
      total: n('open') + n('reopened') + n('closed') + n('accepted'),
      open: n('open'),
      reopened: n('reopened'),
      closed: n('closed'),
      accepted: n('accepted'),
      overdue: counts.overdue,
    };
  }

  /** Responses with the failed item's note and photos, looked up once for all rows. */
  private async views(rows: CorrectiveActionEntity[], now = clock.now(), em?: EntityManager): Promise<CorrectiveActionResponse[]> {
    const results = await this.repo.findResultsOf(
      rows.flatMap((r) => (r.inspectionId !== null && r.itemId !== null ? [{ inspectionId: r.inspectionId, itemId: r.itemId }] : [])),
      em,
    );
    const byKey = new Map(results.map((r) => [`${r.inspectionId}:${r.itemId}`, r]));
    return rows.map((a) => toCorrectiveActionResponse(a, now, byKey.get(`${a.inspectionId}:${a.itemId}`)));
  }

  private async view(id: number, em: EntityManager): Promise<CorrectiveActionResponse> {
    return (await this.views([written(await this.repo.findAction(id, em), 'action')], clock.now(), em))[0];
  }

  /** One transaction; afterwards rankings and the dashboard recompute (on-time closing is one of their inputs). */
  private write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(this.db, withDataVersion('inspections', work));
  }

  async close(user: RequestUser, id: number, dto: CloseCorrectiveActionDto): Promise<CorrectiveActionResponse> {
    return this.write(async (em) => {
      const action = await this.repo.findAction(id, em);
      if (!action || user.role !== Role.StoreManager || user.storeId !== action.storeId) {
        throw codedError(403, 'corrective_action.only_store_manager');
      }
      if (action.status !== 'open' && action.status !== 'reopened') throw wrongState(action, 'open_or_reopened');
      const photo = await this.repo.findPhoto(dto.photoId, em);
      if (!photo || photo.uploadedById !== user.id) throw invalidField('photoId', 'photo.not_yours', { id: dto.photoId });
      if (photo.inspectionId !== null || photo.correctiveActionId !== null) {
        throw invalidField('photoId', 'photo.attached_elsewhere', { id: dto.photoId });
      }
      const before = toCorrectiveActionResponse(action);
      await em.update(
        CorrectiveActionEntity,
        { id, version: action.version },
        { status: 'closed', closedNote: dto.note, closedPhotoId: photo.id, closedAt: clock.now(), version: action.version + 1 },
      );
      await this.repo.attachPhotoToAction(em, photo.id, id);
      const after = await this.view(id, em);
      await this.audit.record(em, user, 'update', 'corrective_action', id, before, after);
      return after;
    });
  }

  async verify(user: RequestUser, id: number, dto: VerifyCorrectiveActionDto): Promise<CorrectiveActionResponse> {
    if (!dto.accepted && !dto.reason) throw reasonRequired();
    return this.write(async (em) => {
      const action = await this.repo.findAction(id, em);
      if (!action) throw codedError(404, 'corrective_action.not_found', { id });
      assertCanVerify(user, action);
      if (action.status !== 'closed') throw wrongState(action, 'closed');
      return this.applyVerdict(em, user, action, dto.accepted, dto.reason);
    });
  }

  /**
   * 批量验收: several closed actions accepted (or reopened with one reason) in one transaction. Every id must be a
   * closed action the caller may verify; otherwise nothing changes and the answer names each refused id
   * (`ids[i]`): 404 unknown, 403 another category or store, 409 not closed.
   */
  async verifyMany(user: RequestUser, dto: BulkVerifyCorrectiveActionsDto): Promise<BulkVerifyCorrectiveActionsResponse> {
    if (!dto.accepted && !dto.reason) throw reasonRequired();
    const ids = [...new Set(dto.ids)];
    return this.write(async (em) => {
      const found = new Map((await this.repo.findActions(ids, em)).map((a) => [a.id, a]));
      const refused: Array<ErrorDetail & { status: number }> = [];
      dto.ids.forEach((id, i) => {
        const field = `ids[${i}]`;
        const a = found.get(id);
        if (!a) refused.push({ status: 404, ...coded('corrective_action.not_found', { id }, { field }) });
        else if (!mayVerify(user, a)) refused.push({ status: 403, ...coded('corrective_action.not_yours', { id }, { field }) });
        else if (a.status !== 'closed')
          refused.push({ status: 409, ...coded('corrective_action.not_closed', { id, status: a.status }, { field }) });
      });
      if (refused.length) {
        const status = Math.max(...refused.map((r) => r.status));
        throw codedError(
          status === 404 ? 400 : status,
          'corrective_action.nothing_verified',
          {},
          refused.map(({ status: _status, ...detail }) => detail),
        );
      }
      const items: CorrectiveActionResponse[] = [];
      for (const id of ids)
        items.push(await this.applyVerdict(em, user, found.get(id) as CorrectiveActionEntity, dto.accepted, dto.reason));
      return { items };
    });
  }

  /** Writes one verdict (only if the action is still at the version read: else 409) and its audit entry. */
  private async applyVerdict(
    em: EntityManager,
    user: RequestUser,
    action: CorrectiveActionEntity,
    accepted: boolean,
    reason: string | undefined,
  ): Promise<CorrectiveActionResponse> {
    const before = toCorrectiveActionResponse(action);
    const result = await em.update(
      CorrectiveActionEntity,
      { id: action.id, version: action.version, status: 'closed' },
      {
        status: accepted ? 'accepted' : 'reopened',
        verifiedBy: user.displayName || user.username,
        verifiedAt: clock.now(),
        reopenReason: accepted ? null : (reason ?? null),
        version: action.version + 1,
      },
    );
    if (!result.affected) {
      throw codedError(409, 'corrective_action.changed', {}, [coded('corrective_action.stale', { id: action.id }, { field: 'version' })]);
    }
    const after = await this.view(action.id, em);
    await this.audit.record(em, user, 'update', 'corrective_action', action.id, before, after);
    return after;
  }
}
