import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { AlertItem } from '@storeops/shared/contracts';
import { toApiError } from '@storeops/web/shared/util';
import { SnoozeDialog, SnoozeDialogData } from './snooze-dialog';

const NOW = new Date(2026, 10, 18, 10, 0);
const item = (dueAt: Date): AlertItem => ({
  key: 'corrective_action:12',
  kind: 'corrective_action',
  entity: 'corrective_action',
  entityId: 12,
  title: '冷柜温度超标',
  storeId: 3,
  ownerId: 7,
  dueAt: dueAt.toISOString(),
  status: 'due_soon',
  workingMinutesLeft: 120,
  escalationLevel: 0,
  myPart: 'owner',
  ref: {},
});

describe('SnoozeDialog', () => {
  async function render(dueAt: Date, snooze: jest.Mock) {
    const close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { item: item(dueAt), snooze, now: () => NOW } satisfies SnoozeDialogData },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(SnoozeDialog);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const radio = (id: string) => el.querySelector(`[data-testid=snooze-${id}] input`) as HTMLInputElement;
    const reason = (text: string) => {
      const area = el.querySelector('[data-testid=snooze-reason]') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, el, radio, reason, submit, close };
  }

  it('offers nothing past the deadline: due in 2 hours, 3 小时后 and 明天上午 9 点 are disabled', async () => {
    const { radio } = await render(new Date(2026, 10, 18, 12, 0), jest.fn());
    expect(radio('hour').disabled).toBe(false);
    expect(radio('threeHours').disabled).toBe(true);
    expect(radio('tomorrow').disabled).toBe(true);
    expect(radio('due').disabled).toBe(false);
  });

  it('sends the chosen instant and the trimmed reason, then closes', async () => {
    const snooze = jest.fn(() => Promise.resolve({}));
    const { reason, submit, close } = await render(new Date(2026, 10, 20, 18, 0), snooze);
    reason('  等冷柜配件到货 ');
    await submit();
    expect(snooze).toHaveBeenCalledWith({ until: new Date(2026, 10, 18, 11, 0).toISOString(), reason: '等冷柜配件到货' });
    expect(close).toHaveBeenCalledWith(true);
  });

  it('does not send without a reason', async () => {
    const snooze = jest.fn();
    const { submit, close } = await render(new Date(2026, 10, 20, 18, 0), snooze);
    await submit();
    expect(snooze).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
  });

  it('shows the server’s word on until under the choices and stays open', async () => {
    const refusal = toApiError(
      new HttpErrorResponse({
        status: 400,
        error: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          details: [{ field: 'until', problem: '暂缓不能晚于截止时间' }],
        },
      }),
    );
    const snooze = jest.fn(() => Promise.reject(refusal));
    const { el, radio, reason, submit, close } = await render(new Date(2026, 10, 20, 18, 0), snooze);
    reason('等配件');
    await submit();
    expect(el.querySelector('[data-testid=snooze-until-error]')?.textContent).toContain('暂缓不能晚于截止时间');
    expect(close).not.toHaveBeenCalled();
    // Picking another time clears it.
    radio('due').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(el.querySelector('[data-testid=snooze-until-error]')).toBeNull();
  });
});
