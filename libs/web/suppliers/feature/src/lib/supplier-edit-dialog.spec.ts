import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { SupplierResponse } from '@storeops/shared/contracts';
import { toApiError } from '@storeops/web/shared/util';
import { SupplierEditDialog, SupplierEditDialogData } from './supplier-edit-dialog';

const supplier: SupplierResponse = {
  id: 7,
  code: 'SUP007',
  name: '华润食品有限公司',
  creditCode: '911100000UN5UAD250',
  categoryIds: [1],
  contacts: [{ name: '张三', phone: '13800000000', role: '销售' }],
  status: 'active',
  statusReason: null,
  statusChangedBy: 'buyer',
  statusChangedByName: '采购 王磊',
  statusChangedAt: '2026-01-01T00:00:00Z',
  version: 3,
  expiredLicences: 0,
  liveContracts: 0,
  licenceFlag: false,
};

describe('SupplierEditDialog', () => {
  async function render(data: Partial<SupplierEditDialogData>) {
    localStorage.clear();
    const close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { supplier, categories: [], save: jest.fn(), reload: jest.fn(), ...data } },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(SupplierEditDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (sel: string, value: string) => {
      const input = el.querySelector(sel) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const save = async () => {
      (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, el, type, save, close };
  }

  it('saves name, code, categories and contacts with the version; an empty added row is dropped', async () => {
    const save = jest.fn((body) => Promise.resolve({ ...supplier, ...body, version: 4 }));
    const { el, type, save: submit, close, fixture } = await render({ save });
    type('[data-testid=supplier-edit-name]', ' 华润食品（新） ');
    (el.querySelector('[data-testid=supplier-contact-add]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelectorAll('[data-testid=supplier-contact-row]')).toHaveLength(2);
    (el.querySelectorAll('[data-testid=supplier-contact-remove]')[1] as HTMLButtonElement).click();
    await fixture.whenStable();
    await submit();
    expect(save).toHaveBeenCalledWith({
      version: 3,
      name: '华润食品（新）',
      creditCode: '911100000UN5UAD250',
      categoryIds: [1],
      contacts: [{ name: '张三', phone: '13800000000', role: '销售' }],
    });
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ version: 4 }));
  });

  it('shows the check-digit hint in Chinese and does not save a wrong code', async () => {
    const save = jest.fn();
    const { el, type, save: submit } = await render({ save });
    type('[data-testid=supplier-edit-credit-code]', '911100000UN5UAD251');
    await submit();
    expect(el.querySelector('[data-testid=credit-code-problem]')?.textContent).toContain('校验码为 1，应为 0');
    expect(save).not.toHaveBeenCalled();
  });

  it('a 409 on the version says someone else changed it, reloads and shows the current values', async () => {
    const conflict = toApiError(
      new HttpErrorResponse({
        status: 409,
        error: {
          statusCode: 409,
          error: 'Conflict',
          message: 'The record was changed by someone else; reload and try again',
          details: [{ field: 'version', problem: 'is 3, but the record is now at 4' }],
        },
      }),
    );
    const save = jest
      .fn()
      .mockRejectedValueOnce(conflict)
      .mockResolvedValueOnce({ ...supplier, version: 5 });
    const reload = jest.fn(() => Promise.resolve({ ...supplier, name: '他人改的名称', version: 4 }));
    const { el, type, save: submit, close } = await render({ save, reload });
    type('[data-testid=supplier-edit-name]', '我的名称');
    await submit();
    expect(el.querySelector('[data-testid=supplier-edit-error]')?.textContent).toContain('已被他人修改，请刷新后重试');
    expect(reload).toHaveBeenCalled();
    expect((el.querySelector('[data-testid=supplier-edit-name]') as HTMLInputElement).value).toBe('他人改的名称');
    expect(close).not.toHaveBeenCalled();
    await submit();
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ version: 4, name: '他人改的名称' }));
  });
});
