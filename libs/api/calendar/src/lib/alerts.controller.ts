import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import {
  ALL_ROLES,
  AlertCountResponse,
  AlertItem,
  AlertSettings,
  EscalationLaddersResponse,
  Page,
  Role,
  SnoozeAlertResponse,
} from '@storeops/shared/contracts';
import { AlertNotifier } from './alert-notifier.service';
import { DeadlinesService } from './deadlines.service';
import { AlertKeyParamDto, AlertQueryDto, AlertSettingsDto, ReplaceEscalationDto, SnoozeAlertDto } from './dto/alerts.dto';
import { EscalationService } from './escalation.service';

/** 提醒中心: every role has one; what each sees is narrowed by kind and, for a 店长, to their store. */
@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly escalation: EscalationService,
    private readonly notifier: AlertNotifier,
  ) {}

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

  /** The caller's own channels for the digest and reminders. */
  @Get('settings')
  @Roles(...ALL_ROLES)
  settings(@CurrentUser() user: RequestUser): Promise<AlertSettings> {
    return this.notifier.settings(user.id);
  }

  @Put('settings')
  @Roles(...ALL_ROLES)
  saveSettings(@CurrentUser() user: RequestUser, @Body() dto: AlertSettingsDto): Promise<AlertSettings> {
    return this.notifier.saveSettings(user, dto);
  }

  /** Every kind's escalation ladder; the admin changes them. */
  @Get('escalation')
  @Roles(...ALL_ROLES)
  ladders(): Promise<EscalationLaddersResponse> {
    return this.escalation.read();
  }

  @Put('escalation')
  @Roles(Role.Admin)
  replaceLadders(@CurrentUser() user: RequestUser, @Body() dto: ReplaceEscalationDto): Promise<EscalationLaddersResponse> {
    return this.escalation.replace(user, dto);
  }

  /** 暂缓 one of the caller's alerts until `until` (never past its deadline), with a reason. */
  @Post(':key/snooze')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  snooze(@CurrentUser() user: RequestUser, @Param() params: AlertKeyParamDto, @Body() dto: SnoozeAlertDto): Promise<SnoozeAlertResponse> {
    return this.deadlines.snooze(user, params.key, dto);
  }
}
