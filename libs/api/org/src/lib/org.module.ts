import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
import { CategoriesService } from './categories.service';
import { CategoryEntity } from './entities/category.entity';
import { RegionEntity } from './entities/region.entity';
import { StoreEntity, StoreExternalCodeEntity } from './entities/store.entity';
import { UserEntity } from './entities/user.entity';
import { CategoriesController } from './categories.controller';
import { RegionsController } from './regions.controller';
import { StoresController } from './stores.controller';
import { UsersController } from './users.controller';
import { StoreDirectory } from './store-directory.reader';
import { PeopleDirectoryReader } from './people-directory.reader';
import { OrgRepository } from './org.repository';
import { RegionsService } from './regions.service';
import { StoresService } from './stores.service';
import { UsersService } from './users.service';

export const ORG_ENTITIES = [RegionEntity, CategoryEntity, StoreEntity, StoreExternalCodeEntity, UserEntity];

@Module({
  imports: [TypeOrmModule.forFeature(ORG_ENTITIES), AuditModule],
  controllers: [RegionsController, CategoriesController, StoresController, UsersController],
  providers: [OrgRepository, RegionsService, CategoriesService, StoresService, UsersService, StoreDirectory, PeopleDirectoryReader],
  exports: [OrgRepository, StoresService, StoreDirectory],
})
export class OrgModule {}
