import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { ALL_ROLES, AlertCountResponse, AlertItem, Page } from '@storeops/shared/contracts';
import { DeadlinesService } from './deadlines.service';
import { AlertQueryDto } from './dto/alerts.dto';

/** 提醒中心: every role has one; what each sees is narrowed by kind and, for a 店长, to their store. */
@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Get()
  @Roles(...ALL_ROLES)
  list(@CurrentUser() user: RequestUser, @Query() query: AlertQueryDto): Promise<Page<AlertItem>> {
    return this.deadlines.alerts(user, query);
  }

  /** The shell's badge: the caller's own alerts, and how many of them are overdue. */
  @Get('count')
  @Roles(...ALL_ROLES)
  count(@CurrentUser() user: RequestUser): Promise<AlertCountResponse> {
    return this.deadlines.count(user);
  }
}
