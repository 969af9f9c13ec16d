import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { BehindPaceResponse, Role, StoreProgressResponse } from '@storeops/shared/contracts';
import { BehindPaceQueryDto, ProgressQueryDto } from './dto/progress.dto';
import { ProgressService } from './progress.service';

const { Admin, Director, OpsManager, Specialist, StoreManager } = Role;

@ApiTags('targets')
@Controller()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  /** A store's MTD and YTD progress against its approved targets; a store manager reaches only their store. */
  @Get('stores/:id/progress')
  @Roles(Director, OpsManager, Admin, Specialist, StoreManager)
  store(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: ProgressQueryDto,
  ): Promise<StoreProgressResponse> {
    return this.progress.storeProgress(user, id, query.date);
  }

  @Get('progress/behind-pace')
  @Roles(Director, OpsManager, Specialist, Admin)
  behindPace(@Query() query: BehindPaceQueryDto): Promise<BehindPaceResponse> {
    return this.progress.behindPace(query.date, query.metric);
  }
}
