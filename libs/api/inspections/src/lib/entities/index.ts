import { CorrectiveActionEntity } from './corrective-action.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { InspectionEntity, InspectionResultEntity } from './inspection.entity';
import { PhotoEntity } from './photo.entity';
import { InspectionPlanEntity } from './plan.entity';
import { InspectionItemEntity, InspectionSectionEntity, InspectionTemplateEntity } from './template.entity';

export {
  CorrectiveActionEntity,
  IdempotencyKeyEntity,
  InspectionEntity,
  InspectionItemEntity,
  InspectionPlanEntity,
  InspectionResultEntity,
  InspectionSectionEntity,
  InspectionTemplateEntity,
  PhotoEntity,
};

export const INSPECTION_ENTITIES = [
  InspectionTemplateEntity,
  InspectionSectionEntity,
  InspectionItemEntity,
  InspectionEntity,
  InspectionResultEntity,
  CorrectiveActionEntity,
  PhotoEntity,
  IdempotencyKeyEntity,
  InspectionPlanEntity,
];
