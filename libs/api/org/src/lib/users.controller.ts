import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { Page, Role, UserResponse } from '@storeops/shared/contracts';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user.dto';
import { UsersService } from './users.service';

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
