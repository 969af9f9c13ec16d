import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { LicenceResponse } from '@storeops/shared/contracts';
import { toApiError } from '@storeops/web/shared/util';
import { LicenceDialog, LicenceDialogData } from './licence-dialog';

const licence: LicenceResponse = {
  id: 9,
  ownerKind: 'supplier',
  supplierId: 1,
  storeId: null,
  ownerName: '华润食品有限公司',
  type: '营业执照',
  number: 'L-1',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  daysLeft: 200,
  alert: null,
  createdBy: 'buyer',
  createdByName: '采购 王磊',
  hasFile: false,
  fileName: null,
  fileBytes: null,
  fileUploadedBy: null,
  fileUploadedByName: null,
  fileUploadedAt: null,
  replacedById: null,
  replacedAt: null,
  replacesId: null,
};

describe('LicenceDialog on a supplier page', () => {
  async function render(data: Partial<LicenceDialogData>) {
    const close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MAT_DIALOG_DATA,
          useValue: { supplier: { id: 1, name: '华润食品有限公司' }, create: jest.fn(), upload: jest.fn(), ...data },
        },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(LicenceDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (sel: string, value: string) => {
      const input = el.querySelector(`[data-testid=${sel}]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const fill = () => {
      type('licence-type', '营业执照');
      type('licence-number', 'L-1');
      type('licence-valid-from', '2026-12-31');
      type('licence-valid-to', '2026-01-01');
    };
    const pickFile = (file: File) => {
      const input = el.querySelector('[data-testid=licence-file]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };
    const save = async () => {
      (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, el, fill, pickFile, save, close };
  }

  it('shows the API’s field error under the field it names and stays open', async () => {
    const problem = toApiError(
      new HttpErrorResponse({
        status: 400,
        error: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid request',
          details: [{ field: 'validTo', problem: 'must not be before validFrom 2026-12-31' }],
        },
      }),
    );
    const create = jest.fn(() => Promise.reject(problem));
    const { el, fill, save, close } = await render({ create });
    fill();
    await save();
    expect(create).toHaveBeenCalledWith({
      ownerKind: 'supplier',
      supplierId: 1,
      type: '营业执照',
      number: 'L-1',
      validFrom: '2026-12-31',
      validTo: '2026-01-01',
    });
    expect(el.textContent).toContain('must not be before validFrom 2026-12-31');
    expect(el.querySelector('[data-testid=licence-form-error]')).toBeNull();
    expect(close).not.toHaveBeenCalled();
  });

  it('a refused scan keeps the saved licence: the retry uploads again and never creates a second licence', async () => {
    const create = jest.fn(() => Promise.resolve(licence));
    const refused = toApiError(
      new HttpErrorResponse({
        status: 415,
        error: { statusCode: 415, error: 'Unsupported Media Type', message: 'Only PDF, JPEG and PNG files are accepted', details: [] },
      }),
    );
    const upload = jest
      .fn()
      .mockRejectedValueOnce(refused)
      .mockResolvedValueOnce({ ...licence, hasFile: true });
    const { el, fill, pickFile, save, close } = await render({ create, upload });
    fill();
    pickFile(new File(['<html>'], 'evil.pdf', { type: 'application/pdf' }));
    await save();
    expect(el.querySelector('[data-testid=licence-file-error]')?.textContent).toContain('Only PDF, JPEG and PNG files are accepted');
    expect(close).not.toHaveBeenCalled();
    pickFile(new File(['%PDF-1.4'], 'scan.pdf', { type: 'application/pdf' }));
    await save();
    expect(create).toHaveBeenCalledTimes(1);
    expect(upload).toHaveBeenCalledTimes(2);
    expect(upload).toHaveBeenLastCalledWith(9, expect.objectContaining({ name: 'scan.pdf' }));
    expect(close).toHaveBeenCalledWith(true);
  });
});
