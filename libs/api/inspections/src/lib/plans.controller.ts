import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { InspectionPlanDueResponse, InspectionPlanResponse, PlanBoardResponse, Role } from '@storeops/shared/contracts';
import { CreatePlanDto, PlanBoardQueryDto, PlanDueQueryDto, UpdatePlanDto } from './dto/plan.dto';
import { PlansService } from './plans.service';

const { Admin, OpsManager, Specialist } = Role;

@ApiTags('inspections')
@Controller('inspection-plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @Roles(Specialist, OpsManager, Admin)
  list(@CurrentUser() user: RequestUser): Promise<InspectionPlanResponse[]> {
    return this.plans.list(user);
  }

  @Post()
  @Roles(OpsManager, Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreatePlanDto): Promise<InspectionPlanResponse> {
    return this.plans.create(user, dto);
  }

  /** 改派 / edit / switch off a rule, with the version read (stale: 409). */
  @Patch(':id')
  @Roles(OpsManager, Admin)
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdatePlanDto,
  ): Promise<InspectionPlanResponse> {
    return this.plans.update(user, id, dto);
  }

  /** The month board: every item of the month's periods, due, done, done late or overdue, with who closed it. */
  @Get('board')
  @Roles(Specialist, OpsManager, Admin)
  board(@CurrentUser() user: RequestUser, @Query() query: PlanBoardQueryDto): Promise<PlanBoardResponse> {
    return this.plans.board(user, query);
  }

  /** 今日待检: the caller's due and overdue pairs (ops managers: everyone's, with coverage by specialist). */
  @Get('due')
  @Roles(Specialist, OpsManager, Admin)
  due(@CurrentUser() user: RequestUser, @Query() query: PlanDueQueryDto): Promise<InspectionPlanDueResponse> {
    return this.plans.due(user, query);
  }
}
