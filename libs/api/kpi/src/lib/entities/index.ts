import { FactCategoryDayEntity, FactStoreDayEntity, RollupCategoryMonthEntity, RollupStoreMonthEntity } from './facts.entity';
import { ImportJobEntity, ImportMappingEntity, ImportProblemEntity } from './import-job.entity';

export * from './facts.entity';
export * from './import-job.entity';

export const KPI_ENTITIES = [
  FactCategoryDayEntity,
  FactStoreDayEntity,
  RollupCategoryMonthEntity,
  RollupStoreMonthEntity,
  ImportJobEntity,
  ImportMappingEntity,
  ImportProblemEntity,
];
