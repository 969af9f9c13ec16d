import { Pipe, PipeTransform } from '@angular/core';
import { DraftStatus } from '@storeops/web/inspections/data-access';

/** ★★★☆☆ for 3 of 5; empty without a score. */
@Pipe({ name: 'stars' })
export class StarsPipe implements PipeTransform {
  transform(stars: number | null | undefined): string {
    if (!stars) return '';
    return '★'.repeat(stars) + '☆'.repeat(Math.max(0, 5 - stars));
  }
}

/** The text key of `submit-status`: 已保存草稿 / 等待网络 / 同步中 / 提交失败 / 已提交. */
export function submitStatusKey(status: DraftStatus | null, completed: boolean): string {
  if (completed) return 'insp.status.done';
  return `insp.status.${status ?? 'editing'}`;
}
