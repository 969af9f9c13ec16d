import { ClauseCheckEntity } from './clause-check.entity';
import {
  ContractAttachmentEntity,
  ContractClauseEntity,
  ContractEntity,
  ContractEventEntity,
  ContractRevisionEntity,
} from './contract.entity';
import { LicenceEntity } from './licence.entity';
import { SupplierEntity } from './supplier.entity';
import { SupplierIssueEntity, SupplierIssueEventEntity, SupplierIssueSettingsEntity } from './supplier-issue.entity';

export {
  ClauseCheckEntity,
  ContractAttachmentEntity,
  ContractClauseEntity,
  ContractEntity,
  ContractEventEntity,
  ContractRevisionEntity,
  LicenceEntity,
  SupplierEntity,
  SupplierIssueEntity,
  SupplierIssueEventEntity,
  SupplierIssueSettingsEntity,
};

export const SUPPLIER_ENTITIES = [
  SupplierEntity,
  ContractEntity,
  ContractClauseEntity,
  ContractEventEntity,
  ContractRevisionEntity,
  ContractAttachmentEntity,
  LicenceEntity,
  ClauseCheckEntity,
  SupplierIssueEntity,
  SupplierIssueEventEntity,
  SupplierIssueSettingsEntity,
];
