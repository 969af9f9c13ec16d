import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { acceptLanguageInterceptor } from './accept-language.interceptor';

describe('acceptLanguageInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([acceptLanguageInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('asks the API for zh-CN texts by default and for English once the interface is switched', async () => {
    void firstValueFrom(http.get('/api/imports/1'));
    const zh = backend.expectOne('/api/imports/1');
    expect(zh.request.headers.get('Accept-Language')).toBe('zh-CN');
    zh.flush({});

    await TestBed.inject(I18nService).use('en');
    void firstValueFrom(http.get('/api/imports/1'));
    const req = backend.expectOne('/api/imports/1');
    expect(req.request.headers.get('Accept-Language')).toBe('en');
    req.flush({});
  });

  it('leaves requests outside the API alone', () => {
    void firstValueFrom(http.get('/assets/x.json'));
    const req = backend.expectOne('/assets/x.json');
    expect(req.request.headers.has('Accept-Language')).toBe(false);
    req.flush({});
  });
});
