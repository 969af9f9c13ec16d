import { TestBed } from '@angular/core/testing';
import { SignaturePad } from './signature-pad';

function pointer(type: string, x: number, y: number): Event {
  const e = new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true });
  Object.defineProperty(e, 'pointerId', { value: 1 });
  return e;
}

describe('SignaturePad', () => {
  const png = new Blob(['png'], { type: 'image/png' });
  let toBlob: jest.SpyInstance;
  const ctx = {
    beginPath: jest.fn(),
    moveTo: jest.fn(),
    lineTo: jest.fn(),
    stroke: jest.fn(),
    arc: jest.fn(),
    fill: jest.fn(),
    clearRect: jest.fn(),
    setTransform: jest.fn(),
  };

  beforeEach(() => {
    jest.clearAllMocks();
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D);
    toBlob = jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (cb: BlobCallback) {
      cb(png);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('a stroke draws on the canvas and emits it exported as PNG; clearing emits null', async () => {
    const fixture = TestBed.createComponent(SignaturePad);
    const emitted: Array<Blob | null> = [];
    fixture.componentInstance.signed.subscribe((b) => emitted.push(b));
    await fixture.whenStable();
    const canvas = fixture.nativeElement.querySelector('[data-testid=signature-pad]') as HTMLCanvasElement;

    expect(await fixture.componentInstance.toBlob()).toBeNull(); // nothing drawn yet
    canvas.dispatchEvent(pointer('pointerdown', 10, 10));
    canvas.dispatchEvent(pointer('pointermove', 40, 30));
    canvas.dispatchEvent(pointer('pointerup', 40, 30));
    await fixture.whenStable();

    expect(ctx.lineTo).toHaveBeenCalledWith(40, 30);
    expect(toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/png');
    expect(emitted).toEqual([png]);

    fixture.componentInstance.clear();
    expect(emitted).toEqual([png, null]);
    expect(await fixture.componentInstance.toBlob()).toBeNull();
  });

  it('moving without pressing draws nothing', async () => {
    const fixture = TestBed.createComponent(SignaturePad);
    await fixture.whenStable();
    const canvas = fixture.nativeElement.querySelector('canvas') as HTMLCanvasElement;
    canvas.dispatchEvent(pointer('pointermove', 40, 30));
    expect(ctx.lineTo).not.toHaveBeenCalled();
  });
});
