import { Injectable, computed, inject, signal } from '@angular/core';
import { CreateUserRequest, Page, UpdateUserRequest, UserResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { UserQuery, UsersApi } from './org-api';

@Injectable()
export class UsersStore {
  private readonly api = inject(UsersApi);
  private readonly state = new RequestState();
  /** Writes track their own state: a failed save belongs to the dialog, not to the list banner. */
  private readonly writes = new RequestState();
  private readonly result = signal<Page<UserResponse>>({ items: [], total: 0, page: 1, pageSize: 20 });
  private readonly currentQuery = signal<UserQuery>({ page: 1, pageSize: 20 });

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly query = this.currentQuery.asReadonly();
  readonly users = computed(() => this.result().items);
  readonly total = computed(() => this.result().total);
  readonly empty = signal(false);

  async load(patch: Partial<UserQuery> = {}): Promise<void> {
    this.currentQuery.update((q) => ({ ...q, ...patch }));
    try {
      const page = await this.state.run(this.api.list(this.currentQuery()));
      this.result.set(page);
      this.empty.set(page.items.length === 0);
    } catch {
      // error() carries it.
    }
  }

  async create(body: CreateUserRequest): Promise<UserResponse> {
    const created = await this.writes.run(this.api.create(body));
    await this.load();
    return created;
  }

  async update(id: number, body: UpdateUserRequest): Promise<UserResponse> {
    const updated = await this.writes.run(this.api.update(id, body));
    this.result.update((page) => ({ ...page, items: page.items.map((u) => (u.id === id ? updated : u)) }));
    return updated;
  }
}
