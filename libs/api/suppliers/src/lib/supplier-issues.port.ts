import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SupplierIssueResponse } from '@storeops/shared/contracts';
import { RaiseSupplierIssue, SupplierIssuesService } from './supplier-issues.service';

export type { RaiseSupplierIssue, SupplierIssueRaiser } from './supplier-issues.service';

/**
 * The suppliers domain's write port for supplier issues 供应商问题: other domains (a quality check's finding, a
 * complaint about a supplier's product) raise an issue through it, inside their own transaction when they pass its
 * manager. Errors are the same coded 400s as `POST /api/supplier-issues` (unknown supplier, another supplier's
 * contract, unknown store, a source without its id).
 *
 *   await supplierIssues.raise({ supplierId, kind: 'quality', description, storeId,
 *     source: { kind: 'quality_check', id: check.id }, raisedBy: { id: user.id, username: user.username, role: user.role } }, em);
 */
@Injectable()
export class SupplierIssuesPort {
  constructor(private readonly issues: SupplierIssuesService) {}

  raise(input: RaiseSupplierIssue, manager?: EntityManager): Promise<SupplierIssueResponse> {
    return this.issues.raise(input, manager);
  }
}
