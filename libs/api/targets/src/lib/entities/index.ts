import { TargetCellEntity } from './target-cell.entity';
import { TargetChangeEntity } from './target-change.entity';
import { TargetDecompositionEntity } from './target-decomposition.entity';
import { TargetStoreEntity } from './target-store.entity';

export { TargetCellEntity, TargetChangeEntity, TargetDecompositionEntity, TargetStoreEntity };

export const TARGET_ENTITIES = [TargetDecompositionEntity, TargetStoreEntity, TargetCellEntity, TargetChangeEntity];
