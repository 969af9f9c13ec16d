import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import { bumpDataVersion, clock, DetailedError, pageWindow, RequestUser, runInTransaction, storeScopeOf, toPage } from '@storeops/api/core';
import { CorrectiveActionResponse, Page, Role } from '@storeops/shared/contracts';
import { assertCanSeeStoreRecord, coversCategory } from './access';
import { CloseCorrectiveActionDto, CorrectiveActionQueryDto, VerifyCorrectiveActionDto } from './dto/inspection.dto';
import { CorrectiveActionEntity } from './entities';
import { InspectionsRepository } from './inspections.repository';
import { toCorrectiveActionResponse, written } from './mappers';

function wrongState(action: CorrectiveActionEntity, expected: string): DetailedError {
  return new DetailedError(409, `The corrective action is ${action.status}, not ${expected}`, [
    { field: 'status', problem: `is ${action.status}` },
  ]);
}

/** 整改: the store's manager closes with a note and a photo; the category's specialist or an ops manager verifies. */
@Injectable()
export class CorrectiveActionsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: InspectionsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(user: RequestUser, query: CorrectiveActionQueryDto): Promise<Page<CorrectiveActionResponse>> {
    const window = pageWindow(query);
    const scope = storeScopeOf(user);
    if (scope !== null && query.storeId !== undefined && query.storeId !== scope) return toPage([], 0, window, toCorrectiveActionResponse);
    const now = clock.now();
    const [rows, total] = await this.repo.findActionsPage(
      { storeId: scope ?? query.storeId, status: query.status, overdue: query.overdue, inspectionId: query.inspectionId, now },
      window,
    );
    return toPage(rows, total, window, (a) => toCorrectiveActionResponse(a, now));
  }

  /** One transaction; afterwards rankings and the dashboard recompute (on-time closing is one of their inputs). */
  private write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(this.db, work).finally(() => bumpDataVersion('inspections'));
  }

  async close(user: RequestUser, id: number, dto: CloseCorrectiveActionDto): Promise<CorrectiveActionResponse> {
    return this.write(async (em) => {
      const action = await this.repo.findAction(id, em);
      if (!action || user.role !== Role.StoreManager || user.storeId !== action.storeId) {
        throw new ForbiddenException('Only the manager of the store closes its corrective actions');
      }
      if (action.status !== 'open' && action.status !== 'reopened') throw wrongState(action, 'open or reopened');
      const photo = await this.repo.findPhoto(dto.photoId, em);
      if (!photo || photo.uploadedById !== user.id)
        throw new DetailedError(400, 'Invalid request', [{ field: 'photoId', problem: `photo ${dto.photoId} is not one of your uploads` }]);
      if (photo.inspectionId !== null || photo.correctiveActionId !== null) {
        throw new DetailedError(400, 'Invalid request', [
          { field: 'photoId', problem: `photo ${dto.photoId} is already attached to another record` },
        ]);
      }
      const before = toCorrectiveActionResponse(action);
      await em.update(
        CorrectiveActionEntity,
        { id, version: action.version },
        { status: 'closed', closedNote: dto.note, closedPhotoId: photo.id, closedAt: clock.now(), version: action.version + 1 },
      );
      await this.repo.attachPhotoToAction(em, photo.id, id);
      const after = toCorrectiveActionResponse(written(await this.repo.findAction(id, em), 'action'));
      await this.audit.record(em, user, 'update', 'corrective_action', id, before, after);
      return after;
    });
  }

  async verify(user: RequestUser, id: number, dto: VerifyCorrectiveActionDto): Promise<CorrectiveActionResponse> {
    if (!dto.accepted && !dto.reason)
      throw new DetailedError(400, 'Invalid request', [{ field: 'reason', problem: 'a reason is required to reopen' }]);
    return this.write(async (em) => {
      const action = await this.repo.findAction(id, em);
      if (!action) throw new NotFoundException(`Corrective action ${id} does not exist`);
      assertCanSeeStoreRecord(user, action.storeId);
      if (!coversCategory(user, action.categoryId)) throw new ForbiddenException(`Category ${action.categoryId} is not one of yours`);
      if (action.status !== 'closed') throw wrongState(action, 'closed');
      const before = toCorrectiveActionResponse(action);
      await em.update(
        CorrectiveActionEntity,
        { id, version: action.version },
        {
          status: dto.accepted ? 'accepted' : 'reopened',
          verifiedBy: user.displayName || user.username,
          verifiedAt: clock.now(),
          reopenReason: dto.accepted ? null : (dto.reason ?? null),
          version: action.version + 1,
        },
      );
      const after = toCorrectiveActionResponse(written(await this.repo.findAction(id, em), 'action'));
      await this.audit.record(em, user, 'update', 'corrective_action', id, before, after);
      return after;
    });
  }
}
