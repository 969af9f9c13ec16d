import { ChangeDetectionStrategy, Component, ElementRef, input, output, signal, viewChild } from '@angular/core';

/**
 * A signature drawn with a finger or pen (pointer events). After each stroke it emits the drawing as a PNG Blob;
 * after clearing it emits null. Inputs/outputs only: the caller decides where the Blob goes.
 */
@Component({
  selector: 'so-signature-pad',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <canvas
      #canvas
      class="pad"
      [attr.aria-label]="label()"
      role="img"
      data-testid="signature-pad"
      (pointerdown)="down($event)"
      (pointermove)="move($event)"
      (pointerup)="up($event)"
      (pointercancel)="up($event)"
    ></canvas>
    <div class="bar">
      <span class="hint">{{ hasInk() ? '' : hint() }}</span>
      <button type="button" class="clear" (click)="clear()" [disabled]="!hasInk()" data-testid="signature-clear">{{ clearLabel() }}</button>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .pad {
      display: block;
      width: 100%;
      height: 160px;
      touch-action: none;
      background: #fff;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 8px;
      cursor: crosshair;
    }
    .bar {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      margin-top: 4px;
      min-height: 32px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .clear {
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      min-height: 44px;
      min-width: 44px;
      padding: 6px 8px;
      cursor: pointer;
    }
    .clear:disabled {
      color: var(--mat-sys-on-surface-variant);
      opacity: 0.5;
      cursor: default;
    }
  `,
})
export class SignaturePad {
  readonly label = input('');
  readonly hint = input('');
  readonly clearLabel = input('Clear');
  readonly signed = output<Blob | null>();

  protected readonly hasInk = signal(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private last: { x: number; y: number } | null = null;

  protected down(event: PointerEvent): void {
    event.preventDefault();
    this.fitToBox();
    (event.target as Element).setPointerCapture?.(event.pointerId);
    this.last = this.point(event);
    this.dot(this.last);
  }

  protected move(event: PointerEvent): void {
    if (!this.last) return;
    event.preventDefault();
    const p = this.point(event);
    const ctx = this.context();
    if (ctx) {
      ctx.beginPath();
      ctx.moveTo(this.last.x, this.last.y);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
    }
    this.last = p;
    this.hasInk.set(true);
  }

  protected async up(event: PointerEvent): Promise<void> {
    if (!this.last) return;
    event.preventDefault();
    this.last = null;
    this.hasInk.set(true);
    this.signed.emit(await this.toBlob());
  }

  clear(): void {
    const el = this.canvas().nativeElement;
    this.context()?.clearRect(0, 0, el.width, el.height);
    this.hasInk.set(false);
    this.signed.emit(null);
  }

  /** The drawing as PNG; null when nothing is drawn. */
  toBlob(): Promise<Blob | null> {
    if (!this.hasInk()) return Promise.resolve(null);
    return new Promise((resolve) => this.canvas().nativeElement.toBlob((blob) => resolve(blob), 'image/png'));
  }

  /** The backing store follows the displayed size (and device pixels) once, before the first stroke. */
  private fitToBox(): void {
    const el = this.canvas().nativeElement;
    if (this.hasInk()) return;
    const ratio = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
    const width = Math.round((el.clientWidth || 300) * ratio);
    const height = Math.round((el.clientHeight || 160) * ratio);
    if (el.width !== width || el.height !== height) {
      el.width = width;
      el.height = height;
    }
    const ctx = this.context();
    if (ctx) {
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.lineWidth = 2.5;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#111';
      ctx.fillStyle = '#111';
    }
  }

  private dot(p: { x: number; y: number }): void {
    const ctx = this.context();
    if (!ctx) return;
    ctx.beginPath();
    ctx.arc(p.x, p.y, 1.2, 0, Math.PI * 2);
    ctx.fill();
  }

  private point(event: PointerEvent): { x: number; y: number } {
    const rect = this.canvas().nativeElement.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private context(): CanvasRenderingContext2D | null {
    try {
      return this.canvas().nativeElement.getContext('2d');
    } catch {
      return null;
    }
  }
}
