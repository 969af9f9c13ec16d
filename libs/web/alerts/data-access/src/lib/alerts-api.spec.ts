import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AlertsApi } from './alerts-api';

describe('AlertsApi', () => {
  let api: AlertsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AlertsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('sends a snooze to one path segment: the colons of the key are escaped', async () => {
    const done = firstValueFrom(api.snooze('inspection_plan:3:5:2026-11-01', { until: '2026-11-18T03:00:00.000Z', reason: '等配件' }));
    const req = http.expectOne('/api/alerts/inspection_plan%3A3%3A5%3A2026-11-01/snooze');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ until: '2026-11-18T03:00:00.000Z', reason: '等配件' });
    req.flush({ key: 'inspection_plan:3:5:2026-11-01', until: '2026-11-18T03:00:00.000Z' });
    await expect(done).resolves.toEqual({ key: 'inspection_plan:3:5:2026-11-01', until: '2026-11-18T03:00:00.000Z' });
  });

  it('asks for 全部可见 with mine=false and leaves out the filters not set', () => {
    void firstValueFrom(api.list({ mine: false, status: 'overdue', page: 2, pageSize: 50 }));
    const req = http.expectOne((r) => r.url === '/api/alerts');
    expect(req.request.params.toString()).toBe('mine=false&status=overdue&page=2&pageSize=50');
    req.flush({ items: [], total: 0, page: 2, pageSize: 50 });
  });

  it('writes the settings with PUT to the caller’s own settings', () => {
    const body = { email: 'li@example.com', emailEnabled: true, wecomEnabled: false, digestEnabled: true };
    void firstValueFrom(api.saveSettings(body));
    const req = http.expectOne('/api/alerts/settings');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual(body);
    req.flush(body);
  });
});
