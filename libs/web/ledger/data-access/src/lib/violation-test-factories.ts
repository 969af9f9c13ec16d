import { Role, ViolationResponse, ViolationRuleResponse } from '@storeops/shared/contracts';

/** A store violation as GET /api/violations/:id answers it: BJ001, WJ-001, first offence, awaiting approval. */
export function violationFactory(patch: Partial<ViolationResponse> = {}): ViolationResponse {
  return {
    id: 21,
    subjectType: 'store',
    subjectId: 1,
    subjectName: 'BJ001 北京朝阳店',
    storeId: 1,
    storeCode: 'BJ001',
    storeName: '北京朝阳店',
    ruleCode: 'WJ-001',
    ruleTitle: '上班迟到早退',
    category: 'attendance',
    occurredAt: '2026-11-17T00:30:00.000Z',
    priorCount: 0,
    proposedPenalty: { step: 0, kind: 'verbal_warning', amountFen: null },
    status: 'proposed',
    version: 1,
    facts: '早班集体迟到二十分钟',
    recordedBy: 'office',
    recordedAt: '2026-11-17T02:00:00.000Z',
    approvedBy: null,
    approvedAt: null,
    approvalComment: null,
    appeal: null,
    appealerRole: Role.StoreManager,
    canApprove: false,
    canAppeal: false,
    canDecide: false,
    attachments: [],
    ...patch,
  };
}

/** WJ-001 as the rule book holds it: verbal, written, a ¥100 fine, demotion. */
export function violationRuleFactory(patch: Partial<ViolationRuleResponse> = {}): ViolationRuleResponse {
  return {
    id: 1,
    code: 'WJ-001',
    title: '上班迟到早退',
    category: 'attendance',
    description: '未按排班时间到岗或提前离岗',
    steps: [{ kind: 'verbal_warning' }, { kind: 'written_warning' }, { kind: 'fine', amountFen: 10_000 }, { kind: 'demotion' }],
    active: true,
    version: 1,
    ...patch,
  };
}
