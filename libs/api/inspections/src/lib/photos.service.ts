import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { DataSource, IsNull, LessThan, MoreThanOrEqual } from 'typeorm';
import {
  chinaDay,
  clock,
  codedError,
  invalidField,
  limitValue,
  MB,
  RequestUser,
  runInTransaction,
  startOfChinaDay,
  tooManyRequests,
} from '@storeops/api/core';
import { PhotoEntity } from './entities';
import { mayVerify } from './corrective-actions.service';
import { assertCanSeeStoreRecord } from './inspection-access';
import { InspectionsRepository } from './inspections.repository';

/** Uploads over this size get 413 (multer's limit, set on the route). */
export const MAX_PHOTO_BYTES = limitValue('photoMaxMb') * MB;
const MAX_EDGE_PX = 1600;

export function photoDir(): string {
  return resolve(process.env['PHOTO_DIR'] || 'data/photos');
}

/** JPEG, PNG or WebP by the first bytes of the content; the file name and the declared type are not trusted. */
export function sniffImage(buffer: Buffer): 'jpeg' | 'png' | 'webp' | null {
  if (buffer.length >= 3 && buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff) return 'jpeg';
  if (buffer.length >= 8 && buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (buffer.length >= 12 && buffer.toString('latin1', 0, 4) === 'RIFF' && buffer.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

export interface StoredPhoto {
  path: string;
  mimeType: string;
}

@Injectable()
export class PhotosService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Photos');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly repo: InspectionsRepository,
  ) {}

  /** The clean-up of unattached photos runs every PHOTO_CLEANUP_MINUTES (and once at start). */
  onModuleInit(): void {
    const run = () => this.sweepUnattached().catch((error) => this.logger.error(error instanceof Error ? error.stack : String(error)));
    void run();
    this.timer = setInterval(run, limitValue('photoCleanupMinutes') * 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Removes photos that were never attached to an inspection or a corrective action within PHOTO_UNATTACHED_HOURS
   * of their upload (abandoned drafts, uploads of a quota-filling script): rows first, then the files.
   */
  async sweepUnattached(now: Date = clock.now()): Promise<number> {
    const before = new Date(now.getTime() - limitValue('photoUnattachedHours') * 3_600_000);
    const stale = await runInTransaction(this.db, async (em) => {
      const rows = await em.find(PhotoEntity, {
        where: { inspectionId: IsNull(), correctiveActionId: IsNull(), uploadedAt: LessThan(before) },
        take: 5000,
      });
      for (let i = 0; i < rows.length; i += 500) {
        await em
          .createQueryBuilder()
          .delete()
          .from(PhotoEntity)
          .where('id IN (:...ids) AND "inspectionId" IS NULL AND "correctiveActionId" IS NULL', {
            ids: rows.slice(i, i + 500).map((r) => r.id),
          })
          .execute();
      }
      return rows;
    });
    await Promise.all(stale.map((p) => rm(join(photoDir(), p.fileName), { force: true })));
    if (stale.length) this.logger.log(`removed ${stale.length} unattached photos uploaded before ${before.toISOString()}`);
    return stale.length;
  }

  /** PHOTO_DAILY_QUOTA uploads per user and China-time day; the next one waits until midnight there (429, Retry-After). */
  private async assertQuota(user: RequestUser): Promise<void> {
    const quota = limitValue('photoDailyQuota');
    const today = chinaDay(clock.now());
    const used = await this.db.manager.countBy(PhotoEntity, { uploadedById: user.id, uploadedAt: MoreThanOrEqual(startOfChinaDay(today)) });
    if (used >= quota) {
      const tomorrow = new Date(startOfChinaDay(today).getTime() + 86_400_000);
      throw tooManyRequests(
        `You have uploaded ${used} photos today, the most one person may (${quota})`,
        tomorrow.getTime() - clock.ms(),
        'photo_quota',
      );
    }
  }

  /**
   * Re-encodes the image (upright, at most 1600 px, JPEG): metadata such as EXIF GPS is dropped because sharp
   * keeps none unless asked to. Stored under a random name; the original bytes are never written.
   */
  async upload(user: RequestUser, file: Buffer | undefined): Promise<{ id: number }> {
    if (!file?.length) throw invalidField('file', 'photo.file_required');
    if (!sniffImage(file)) throw codedError(415, 'photo.not_image');
    await this.assertQuota(user);
    let output: { data: Buffer; info: sharp.OutputInfo };
    try {
      output = await sharp(file, { limitInputPixels: 100_000_000 })
        .rotate()
        .resize({ width: MAX_EDGE_PX, height: MAX_EDGE_PX, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
    } catch {
      throw codedError(415, 'photo.unreadable');
    }
    const fileName = `${randomUUID()}.jpg`;
    const dir = photoDir();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, fileName), output.data, { flag: 'wx' });
    const saved = await this.db.manager.save(
      this.db.manager.create(PhotoEntity, {
        fileName,
        mimeType: 'image/jpeg',
        bytes: output.data.length,
        width: output.info.width,
        height: output.info.height,
        uploadedById: user.id,
        uploadedAt: clock.now(),
        inspectionId: null,
        correctiveActionId: null,
      }),
    );
    return { id: saved.id };
  }

  /** Its uploader while unattached; afterwards whoever may see the inspection or corrective action using it. */
  async open(user: RequestUser, id: number): Promise<StoredPhoto> {
    const photo = await this.repo.findPhoto(id);
    if (!photo) throw codedError(404, 'photo.not_found', { id });
    if (photo.inspectionId !== null) {
      const inspection = await this.repo.findInspection(photo.inspectionId);
      if (!inspection) throw codedError(404, 'photo.not_found', { id });
      assertCanSeeStoreRecord(user, inspection.storeId);
    } else if (photo.correctiveActionId !== null) {
      const action = await this.repo.findAction(photo.correctiveActionId);
      if (!action) throw codedError(404, 'photo.not_found', { id });
      // The office verifies the findings of its checks: it sees their fix photos.
      if (!(action.inspectionId === null && mayVerify(user, action))) assertCanSeeStoreRecord(user, action.storeId);
    } else if (photo.uploadedById !== user.id) {
      throw codedError(403, 'photo.not_visible');
    }
    return { path: join(photoDir(), photo.fileName), mimeType: photo.mimeType };
  }
}
