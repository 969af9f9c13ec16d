import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@storeops/api/core';
import { DashboardResponse, Role } from '@storeops/shared/contracts';
import { DashboardService } from './dashboard.service';
import { DashboardQueryDto } from './dto/rankings.dto';

const { Admin, Director, OpsManager } = Role;

@ApiTags('rankings')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Roles(Director, OpsManager, Admin)
  get(@Query() query: DashboardQueryDto): Promise<DashboardResponse> {
    return this.dashboard.dashboard(query.date);
  }
}
