import { Injectable, inject } from '@angular/core';
import { CreateUserRequest, UpdateUserRequest, UserQuery, UserResponse } from '@storeops/shared/contracts';
import { PagedListStore } from '@storeops/web/shared/util';
import { UsersApi } from './org-api';

@Injectable()
export class UsersStore extends PagedListStore<UserResponse, UserQuery> {
  private readonly api = inject(UsersApi);
  readonly users = this.items;

  protected fetch(query: UserQuery) {
    return this.api.list(query);
  }

  async create(body: CreateUserRequest): Promise<UserResponse> {
    const created = await this.writes.run(this.api.create(body));
    await this.load();
    return created;
  }

  async update(id: number, body: UpdateUserRequest): Promise<UserResponse> {
    const updated = await this.writes.run(this.api.update(id, body));
    this.replace((u) => u.id === id, updated);
    return updated;
  }
}
