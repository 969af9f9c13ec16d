import { Injectable } from '@nestjs/common';
import { DEADLINE_SOURCE, DeadlineSource } from '@storeops/api/core';
import { ComplaintStage, DeadlineRecord } from '@storeops/shared/contracts';
import { pausesOf } from './complaint-clock';
import { ComplaintsRepository } from './complaints.repository';

const STAGE_NAMES: Readonly<Record<ComplaintStage, string>> = {
  judge: '投诉判断',
  plan: '处理方案',
  resolve: '处理完成',
  follow_up: '回访',
};
const HOUR = 3_600_000;

/**
 * Every running complaint stage as a deadline of the alert centre: held by the office (判断, 回访) or by the
 * responsible store's 店长 (方案, 处理), a proposed plan by its approver; pauses (waiting for the customer) count
 * nothing. Kept until a complaint is written (data kind `complaints`).
 */
@Injectable()
export class ComplaintDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['complaint'] as const;
  readonly dataKinds = ['complaints'] as const;

  constructor(private readonly repo: ComplaintsRepository) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    return (await this.repo.openStages()).map(({ stage, complaint }) => ({
      kind: 'complaint',
      entity: 'complaint',
      entityId: complaint.id,
      subKey: `${stage.stage}:${stage.round}`,
      ref: { stage: stage.stage },
      title: `${complaint.code} ${STAGE_NAMES[stage.stage]}${complaint.keyCustomer ? '（重点顾客）' : ''}`,
      storeId: stage.holderStoreId ?? complaint.responsibleStoreId ?? complaint.storeId,
      ownerId: null,
      ownerRoles: [stage.holderRole],
      part: stage.part,
      startedAt: new Date(stage.startedAt),
      policy: { kind: 'calendar', dueAt: new Date(stage.dueAt) },
      pauses: pausesOf(stage.pauses),
      doneAt: null,
      soonMs: stage.stage === 'judge' ? HOUR : 4 * HOUR,
    }));
  }
}
