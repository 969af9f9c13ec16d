import { Controller, Get, Param, ParseIntPipe, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { createReadStream } from 'node:fs';
import { AnyRole, CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { Role } from '@storeops/shared/contracts';
import { MAX_PHOTO_BYTES, PhotosService } from './photos.service';

const { OpsManager, Specialist, StoreManager } = Role;

@ApiTags('inspections')
@Controller('photos')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  /**
   * The roles that attach photos upload them: specialists and ops managers (inspections), store managers (corrective
   * actions). The photo stays private until attached; unattached ones are removed after a day.
   */
  @Post()
  @Roles(Specialist, OpsManager, StoreManager)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2 } }))
  upload(@CurrentUser() user: RequestUser, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<{ id: number }> {
    return this.photos.upload(user, file?.buffer);
  }

  @Get(':id')
  @AnyRole()
  async get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    const photo = await this.photos.open(user, id);
    return new StreamableFile(createReadStream(photo.path), { type: photo.mimeType, disposition: 'inline' });
  }
}
