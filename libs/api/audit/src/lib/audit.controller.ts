import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@storeops/api/core';
import { AuditEntryResponse, Page, Role } from '@storeops/shared/contracts';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(Role.Admin, Role.Director)
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryResponse>> {
    return this.audit.list(query);
  }
}
