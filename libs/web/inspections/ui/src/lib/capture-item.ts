import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { ItemResult, TemplateItem, itemFailed } from '@storeops/shared/contracts';
import { TranslatePipe } from '@storeops/web/shared/util';

/**
 * What the item shows of its answer: the offline draft's result (data-access's `DraftResult` has this shape), declared
 * here so that this presentational piece depends on no store. A photo is kept on the device under `localId` and has a
 * `serverId` once uploaded.
 */
export interface CaptureResult {
  itemId: number;
  result: ItemResult | null;
  points: number | null;
  note: string;
  photos: ReadonlyArray<{ localId: string; serverId: number | null }>;
}

export interface ItemAnswer {
  result: ItemResult;
  points: number | null;
}

/** One checklist item: pass/fail/N/A or a 0..max stepper, a note, and camera photos. */
@Component({
  selector: 'so-capture-item',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-testid]': "'item-' + item().id", '[class.failed]': 'failed()', '[class.missing-photo]': 'needsPhoto()' },
  template: `
    <div class="head">
      <span class="title">{{ item().title }}</span>
      <span class="meta">
        @if (item().critical) {
          <span class="tag crit">{{ 'insp.critical' | t }}</span>
        }
        <span class="tag">{{ 'insp.maxPoints' | t: { n: item().maxPoints } }}</span>
      </span>
    </div>
    <div class="answer">
      @if (item().kind === 'scale') {
        <div class="stepper">
          <button
            type="button"
            class="step"
            [disabled]="disabled() || points() <= 0"
            (click)="score(points() - 1)"
            [attr.aria-label]="'insp.minus' | t"
          >
            −
          </button>
          <input
            class="score"
            type="number"
            inputmode="numeric"
            min="0"
            [max]="item().maxPoints"
            [value]="result().result === 'score' ? points() : ''"
            [disabled]="disabled()"
            (change)="score(+$any($event.target).value)"
            data-testid="score-input"
            [attr.aria-label]="item().title"
          />
          <button
            type="button"
            class="step"
            [disabled]="disabled() || points() >= item().maxPoints"
            (click)="score(points() + 1)"
            [attr.aria-label]="'insp.plus' | t"
          >
            +
          </button>
        </div>
      } @else {
        <button
          type="button"
          class="choice pass"
          [class.on]="result().result === 'pass'"
          [disabled]="disabled()"
          (click)="answer.emit({ result: 'pass', points: null })"
          data-testid="result-pass"
        >
          {{ 'insp.pass' | t }}
        </button>
        <button
          type="button"
          class="choice fail"
          [class.on]="result().result === 'fail'"
          [disabled]="disabled()"
          (click)="answer.emit({ result: 'fail', points: null })"
          data-testid="result-fail"
        >
          {{ 'insp.fail' | t }}
        </button>
      }
      @if (item().allowNa) {
        <button
          type="button"
          class="choice na"
          [class.on]="result().result === 'na'"
          [disabled]="disabled()"
          (click)="answer.emit({ result: 'na', points: null })"
          data-testid="result-na"
        >
          {{ 'insp.na' | t }}
        </button>
      }
    </div>
    @if (needsPhoto()) {
      <div class="warn">{{ 'insp.photoRequired' | t }}</div>
    }
    <div class="photos">
      @for (p of result().photos; track p.localId) {
        <span class="thumb-wrap">
          @if (photoUrls()[p.localId]; as url) {
            <img class="thumb" [src]="url" alt="" data-testid="item-photo-thumb" />
          } @else {
            <span class="thumb" data-testid="item-photo-thumb"></span>
          }
          @if (p.serverId === null) {
            <!-- Kept on the device until the sync uploads it. -->
            <span class="unsent" data-testid="photo-not-uploaded" [title]="'insp.photoNotUploaded' | t"
              ><mat-icon inline>cloud_upload</mat-icon>{{ 'insp.photoNotUploadedShort' | t }}</span
            >
          }
          @if (!disabled()) {
            <button type="button" class="remove" (click)="removePhoto.emit(p.localId)" [attr.aria-label]="'insp.removePhoto' | t">
              <mat-icon>close</mat-icon>
            </button>
          }
        </span>
      }
      <label class="camera" [class.disabled]="disabled()">
        <mat-icon>photo_camera</mat-icon><span>{{ 'insp.photo' | t }}</span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/*"
          capture="environment"
          multiple
          [disabled]="disabled()"
          (change)="onFiles($event)"
          data-testid="item-photo-input"
        />
      </label>
      <button type="button" class="note-toggle" (click)="noteOpen.set(!noteOpen())">
        <mat-icon>edit_note</mat-icon>{{ 'insp.note' | t }}
      </button>
    </div>
    @if (noteOpen() || result().note) {
      <textarea
        class="note"
        rows="2"
        [value]="result().note"
        [disabled]="disabled()"
        [placeholder]="'insp.note' | t"
        (change)="note.emit($any($event.target).value)"
        data-testid="item-note"
      ></textarea>
    }
  `,
  styleUrl: './capture-item.scss',
})
export class CaptureItem {
  readonly item = input.required<TemplateItem>();
  readonly result = input.required<CaptureResult>();
  readonly photoUrls = input<Readonly<Record<string, string>>>({});
  readonly disabled = input(false);
  readonly answer = output<ItemAnswer>();
  readonly note = output<string>();
  readonly photo = output<File>();
  readonly removePhoto = output<string>();

  protected readonly noteOpen = signal(false);
  protected readonly points = computed(() => this.result().points ?? 0);
  protected readonly failed = computed(() => {
    const r = this.result();
    return !!r.result && itemFailed(this.item(), { itemId: r.itemId, result: r.result, points: r.points ?? 0 });
  });
  protected readonly needsPhoto = computed(() => this.item().photoOnFail && this.failed() && this.result().photos.length === 0);

  protected score(value: number): void {
    if (!Number.isFinite(value)) return;
    const points = Math.max(0, Math.min(this.item().maxPoints, Math.round(value)));
    this.answer.emit({ result: 'score', points });
  }

  protected onFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    for (const file of Array.from(input.files ?? [])) this.photo.emit(file);
    input.value = '';
  }
}
