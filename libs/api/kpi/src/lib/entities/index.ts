import {
  FactCategoryDayEntity,
  FactStoreDayEntity,
  RollupCategoryMonthEntity,
  RollupStoreMonthEntity,
  RollupStoreSpanEntity,
} from './facts.entity';
import { ImportJobEntity, ImportMappingEntity, ImportProblemEntity } from './import-job.entity';

export * from './facts.entity';
export * from './import-job.entity';

export const KPI_ENTITIES = [
  FactCategoryDayEntity,
  FactStoreDayEntity,
  RollupCategoryMonthEntity,
  RollupStoreMonthEntity,
  RollupStoreSpanEntity,
  ImportJobEntity,
  ImportMappingEntity,
  ImportProblemEntity,
];
