import { CategoryResponse, RegionResponse, StoreResponse, UserResponse } from '@storeops/shared/contracts';
import { CategoryEntity } from './entities/category.entity';
import { RegionEntity } from './entities/region.entity';
import { StoreEntity } from './entities/store.entity';
import { UserEntity } from './entities/user.entity';

export function toRegionResponse(e: RegionEntity): RegionResponse {
  return { id: e.id, code: e.code, name: e.name, active: e.active, version: e.version };
}

export function toCategoryResponse(e: CategoryEntity): CategoryResponse {
  return { id: e.id, code: e.code, name: e.name, parentId: e.parentId, active: e.active, version: e.version };
}

export function toStoreResponse(e: StoreEntity, manager?: Pick<UserEntity, 'id' | 'displayName'> | null): StoreResponse {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    regionId: e.regionId,
    regionName: e.region?.name ?? '',
    format: e.format,
    status: e.status,
    openDate: e.openDate,
    salesAreaSqm: e.salesAreaSqm,
    externalCodes: (e.externalCodes ?? []).map((c) => c.code).sort((a, b) => a.localeCompare(b)),
    managerUserId: manager?.id ?? null,
    managerName: manager?.displayName ?? null,
    version: e.version,
  };
}

export function toUserResponse(e: UserEntity): UserResponse {
  return {
    id: e.id,
    username: e.username,
    displayName: e.displayName,
    role: e.role,
    storeId: e.storeId,
    categoryIds: (e.categories ?? []).map((c) => c.id).sort((a, b) => a - b),
    active: e.active,
    version: e.version,
  };
}
