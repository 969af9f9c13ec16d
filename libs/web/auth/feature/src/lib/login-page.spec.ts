import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { LoginPage } from './login-page';

async function setup() {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideRouter([{ path: '**', children: [] }]), provideHttpClient(), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(LoginPage);
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  const type = (selector: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  type('#username', 'admin');
  type('#password', 'not-the-password');
  el.querySelector<HTMLButtonElement>('[data-testid=login-submit]')?.click();
  return { fixture, el, http: TestBed.inject(HttpTestingController) };
}

describe('LoginPage', () => {
  it('shows 用户名或密码错误 when the API answers 401', async () => {
    const { fixture, el, http } = await setup();
    const req = http.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ username: 'admin', password: 'not-the-password' });
    req.flush(
      { statusCode: 401, error: 'Unauthorized', message: 'Wrong username or password', details: [] },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=login-error]')?.textContent?.trim()).toBe('用户名或密码错误');
  });

  it('tells how long to wait when throttled (429)', async () => {
    const { fixture, el, http } = await setup();
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'Too many failed logins; try again in 60 s', details: [] },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=login-error]')?.textContent).toContain('60 秒');
  });

  it("goes to the role's start page after signing in", async () => {
    const { fixture, el, http } = await setup();
    const router = TestBed.inject(Router);
    http
      .expectOne('/api/auth/login')
      .flush({ id: 9, username: 'manager', displayName: '王磊', role: Role.StoreManager, storeId: 1, categoryIds: [] });
    await fixture.whenStable();
    expect(router.url).toBe('/targets');
    expect(el.querySelector('[data-testid=login-error]')).toBeNull();
  });
});
