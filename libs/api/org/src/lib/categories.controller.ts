import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { CategoryResponse, Page, Role } from '@storeops/shared/contracts';
import { CategoriesService } from './categories.service';
import { CategoryQueryDto, CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';

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
