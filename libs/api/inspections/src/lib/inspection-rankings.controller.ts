import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@storeops/api/core';
import { InspectionRankingResponse, Role } from '@storeops/shared/contracts';
import { InspectionRankingQueryDto } from './dto/inspection.dto';
import { InspectionRankingsService } from './inspection-rankings.service';

const { Admin, Director, OpsManager, Specialist } = Role;

@ApiTags('inspections')
@Controller('rankings')
export class InspectionRankingsController {
  constructor(private readonly rankings: InspectionRankingsService) {}

  @Get('inspections')
  @Roles(Director, OpsManager, Specialist, Admin)
  inspections(@Query() query: InspectionRankingQueryDto): Promise<InspectionRankingResponse> {
    return this.rankings.rank(query);
  }
}
