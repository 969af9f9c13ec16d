import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { WorkCalendarApi } from './work-calendar-api';

describe('WorkCalendarApi', () => {
  let api: WorkCalendarApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(WorkCalendarApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for one year by query parameter', () => {
    void firstValueFrom(api.year({ year: 2026 }));
    const req = http.expectOne((r) => r.url === '/api/work-calendar');
    expect(req.request.params.toString()).toBe('year=2026');
    req.flush({});
  });

  it('sends the sheet as the multipart field `file` to the year’s import', () => {
    const file = new File(['日期,类型,名称\n2027-01-01,放假,元旦\n'], '2027.csv', { type: 'text/csv' });
    void firstValueFrom(api.importSheet(2027, file));
    const req = http.expectOne('/api/work-calendar/2027/import');
    expect(req.request.method).toBe('POST');
    const body = req.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('file') as File).name).toBe('2027.csv');
    req.flush({});
  });

  it('lists every closure the caller may see without a store filter, and one store’s with it', () => {
    void firstValueFrom(api.closures());
    http.expectOne((r) => r.url === '/api/work-calendar/closures' && r.params.keys().length === 0).flush([]);
    void firstValueFrom(api.closures({ storeId: 3 }));
    http.expectOne((r) => r.url === '/api/work-calendar/closures' && r.params.get('storeId') === '3').flush([]);
  });

  it('removes a closure with DELETE on its id', () => {
    void firstValueFrom(api.removeClosure(9));
    const req = http.expectOne('/api/work-calendar/closures/9');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('writes the hours with PUT, the version included', () => {
    const body = { start: '08:30', end: '17:30', lunchStart: '12:00', lunchEnd: '13:00', version: 2 };
    void firstValueFrom(api.saveHours(body));
    const req = http.expectOne('/api/work-calendar/hours');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual(body);
    req.flush({});
  });
});
