import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoriesService } from './categories.service';
import { CategoryEntity } from './entities/category.entity';
import { RegionEntity } from './entities/region.entity';
import { StoreEntity, StoreExternalCodeEntity } from './entities/store.entity';
import { UserEntity } from './entities/user.entity';
import { CategoriesController, RegionsController, StoresController, UsersController } from './org.controllers';
import { OrgRepository } from './org.repository';
import { RegionsService } from './regions.service';
import { StoresService } from './stores.service';
import { UsersService } from './users.service';

export const ORG_ENTITIES = [RegionEntity, CategoryEntity, StoreEntity, StoreExternalCodeEntity, UserEntity];

@Module({
  imports: [TypeOrmModule.forFeature(ORG_ENTITIES)],
  controllers: [RegionsController, CategoriesController, StoresController, UsersController],
  providers: [OrgRepository, RegionsService, CategoriesService, StoresService, UsersService],
  exports: [OrgRepository, StoresService],
})
export class OrgModule {}
