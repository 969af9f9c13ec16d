import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { contentDisposition, CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import {
  ALL_ROLES,
  MEETING_MANAGERS,
  MEETING_SERIES_EDITORS,
  MeetingActionResponse,
  MeetingCorrectiveActionResponse,
  MeetingListItem,
  MeetingPerson,
  MeetingResponse,
  MeetingSeriesResponse,
} from '@storeops/shared/contracts';
import {
  CreateMeetingDto,
  CreateMeetingSeriesDto,
  MeetingActionQueryDto,
  MeetingCorrectiveActionDto,
  MeetingQueryDto,
  UpdateMeetingActionDto,
  UpdateMeetingDto,
} from './dto/meeting.dto';
import { MeetingsService } from './meetings.service';

/**
 * 营运会议. The office, the admin and the heads who chair meetings (MEETING_MANAGERS) hold them and read them all;
 * anyone else reads only the meetings they attended and the actions they own, and marks their own actions done.
 */
@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get('meeting-series')
  @Roles(...MEETING_MANAGERS)
  series(): Promise<MeetingSeriesResponse[]> {
    return this.meetings.series();
  }

  @Post('meeting-series')
  @Roles(...MEETING_SERIES_EDITORS)
  createSeries(@CurrentUser() user: RequestUser, @Body() dto: CreateMeetingSeriesDto): Promise<MeetingSeriesResponse> {
    return this.meetings.createSeries(user, dto);
  }

  /** The attendee and owner picker: the active users. */
  @Get('meeting-people')
  @Roles(...MEETING_MANAGERS)
  people(): Promise<MeetingPerson[]> {
    return this.meetings.people();
  }

  @Get('meetings')
  @Roles(...ALL_ROLES)
  list(@CurrentUser() user: RequestUser, @Query() query: MeetingQueryDto): Promise<MeetingListItem[]> {
    return this.meetings.list(user, query);
  }

  @Post('meetings')
  @Roles(...MEETING_MANAGERS)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateMeetingDto): Promise<MeetingResponse> {
    return this.meetings.create(user, dto);
  }

  @Get('meetings/:id')
  @Roles(...ALL_ROLES)
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<MeetingResponse> {
    return this.meetings.get(user, id);
  }

  @Patch('meetings/:id')
  @Roles(...MEETING_MANAGERS)
  update(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateMeetingDto): Promise<MeetingResponse> {
    return this.meetings.update(user, id, dto);
  }

  /** 会议纪要 as a Word file. */
  @Get('meetings/:id/minutes.docx')
  @Roles(...ALL_ROLES)
  async minutes(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    const file = await this.meetings.minutes(user, id);
    return new StreamableFile(file.content, {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      disposition: contentDisposition('attachment', file.fileName),
    });
  }

  @Get('meeting-actions')
  @Roles(...ALL_ROLES)
  actions(@CurrentUser() user: RequestUser, @Query() query: MeetingActionQueryDto): Promise<MeetingActionResponse[]> {
    return this.meetings.actions(user, query);
  }

  /** 完成: the owner or a manager; `version` as last read (stale → 409). */
  @Patch('meeting-actions/:id')
  @Roles(...ALL_ROLES)
  updateAction(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateMeetingActionDto,
  ): Promise<MeetingActionResponse> {
    return this.meetings.updateAction(user, id, dto);
  }

  /** 转为门店整改: an action for a store becomes that store's corrective action. */
  @Post('meeting-actions/:id/corrective-action')
  @HttpCode(201)
  @Roles(...MEETING_MANAGERS)
  correctiveAction(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: MeetingCorrectiveActionDto,
  ): Promise<MeetingCorrectiveActionResponse> {
    return this.meetings.toCorrectiveAction(user, id, dto);
  }
}
