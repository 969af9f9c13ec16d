import { Injectable, computed, inject, signal } from '@angular/core';
import { LoginRequest, MeResponse, NavArea, navAreasFor } from '@storeops/shared/contracts';
import { isApiError, RequestState } from '@storeops/web/shared/util';
import { AuthApi } from './auth-api';

/** The signed-in user. `ensureLoaded` asks GET /api/auth/me once; 401 there simply means "not signed in". */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly state = new RequestState();
  private readonly currentUser = signal<MeResponse | null>(null);
  private readonly serverUnreachable = signal(false);
  private loaded: Promise<MeResponse | null> | null = null;

  /** The sign-in check could not reach the server (no network): the browser may still claim to be online. */
  readonly unreachable = this.serverUnreachable.asReadonly();

  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);
  readonly navAreas = computed<NavArea[]>(() => {
    const user = this.currentUser();
    return user ? navAreasFor(user.role) : [];
  });
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  ensureLoaded(): Promise<MeResponse | null> {
    this.loaded ??= this.state.run(this.api.me()).then(
      (me) => {
        this.currentUser.set(me);
        return me;
      },
      (error: unknown) => {
        this.serverUnreachable.set(isApiError(error) && error.statusCode === 0);
        this.state.clearError();
        this.currentUser.set(null);
        return null;
      },
    );
    return this.loaded;
  }

  /** Resolves with the user; rejects with the ApiError (401 wrong credentials, 429 throttled). */
  async login(credentials: LoginRequest): Promise<MeResponse> {
    const me = await this.state.run(this.api.login(credentials));
    this.currentUser.set(me);
    this.loaded = Promise.resolve(me);
    return me;
  }

  async logout(): Promise<void> {
    try {
      await this.state.run(this.api.logout());
    } finally {
      this.clear();
    }
  }

  /** Forget the user locally (after a 401 from any call). */
  clear(): void {
    this.currentUser.set(null);
    this.loaded = Promise.resolve(null);
  }

  canOpen(area: NavArea): boolean {
    return this.navAreas().includes(area);
  }
}
