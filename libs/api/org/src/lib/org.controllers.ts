import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { CategoryResponse, Page, RegionResponse, Role, StoreResponse, UserResponse } from '@storeops/shared/contracts';
import { CategoriesService } from './categories.service';
import { CategoryQueryDto, CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';
import { CreateRegionDto, RegionQueryDto, UpdateRegionDto } from './dto/region.dto';
import { CreateStoreDto, StoreQueryDto, UpdateStoreDto } from './dto/store.dto';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user.dto';
import { RegionsService } from './regions.service';
import { StoresService } from './stores.service';
import { UsersService } from './users.service';

@ApiTags('org')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @AnyRole()
  list(@Query() query: RegionQueryDto): Promise<Page<RegionResponse>> {
    return this.regions.list(query);
  }

  @Get(':id')
  @AnyRole()
  get(@Param('id', ParseIntPipe) id: number): Promise<RegionResponse> {
    return this.regions.get(id);
  }

  @Post()
  @Roles(Role.Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateRegionDto): Promise<RegionResponse> {
    return this.regions.create(user, dto);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  update(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateRegionDto): Promise<RegionResponse> {
    return this.regions.update(user, id, dto);
  }
}

@ApiTags('org')
@Controller('categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  @Get()
  @AnyRole()
  list(@Query() query: CategoryQueryDto): Promise<Page<CategoryResponse>> {
    return this.categories.list(query);
  }

  @Get(':id')
  @AnyRole()
  get(@Param('id', ParseIntPipe) id: number): Promise<CategoryResponse> {
    return this.categories.get(id);
  }

  @Post()
  @Roles(Role.Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateCategoryDto): Promise<CategoryResponse> {
    return this.categories.create(user, dto);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateCategoryDto,
  ): Promise<CategoryResponse> {
    return this.categories.update(user, id, dto);
  }
}

@ApiTags('org')
@Controller('stores')
export class StoresController {
  constructor(private readonly stores: StoresService) {}

  /** Every role lists stores; a store manager's list holds their own store only. */
  @Get()
  @AnyRole()
  list(@CurrentUser() user: RequestUser, @Query() query: StoreQueryDto): Promise<Page<StoreResponse>> {
    return this.stores.list(user, query);
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<StoreResponse> {
    return this.stores.get(user, id);
  }

  @Post()
  @Roles(Role.Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateStoreDto): Promise<StoreResponse> {
    return this.stores.create(user, dto);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  update(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateStoreDto): Promise<StoreResponse> {
    return this.stores.update(user, id, dto);
  }
}

@ApiTags('org')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles(Role.Admin, Role.Director, Role.OpsManager)
  list(@Query() query: UserQueryDto): Promise<Page<UserResponse>> {
    return this.users.list(query);
  }

  @Get(':id')
  @Roles(Role.Admin, Role.Director, Role.OpsManager)
  get(@Param('id', ParseIntPipe) id: number): Promise<UserResponse> {
    return this.users.get(id);
  }

  @Post()
  @Roles(Role.Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateUserDto): Promise<UserResponse> {
    return this.users.create(user, dto);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  update(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateUserDto): Promise<UserResponse> {
    return this.users.update(user, id, dto);
  }
}
