import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CategoryResponse,
  CreateInspectionPlanRequest,
  InspectionPlanResponse,
  PlanBoardResponse,
  Role,
  StoreResponse,
  UpdateInspectionPlanRequest,
  UserResponse,
} from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { CategoriesApi, StoresApi, UsersApi } from '@storeops/web/org/data-access';
import { InspectionsApi } from './inspections-api';

/** 检查计划 of the ops manager: the rules, the specialists they go to, and the month board of what is due, done, overdue. */
@Injectable()
export class PlansStore {
  private readonly api = inject(InspectionsApi);
  private readonly storesApi = inject(StoresApi);
  private readonly categoriesApi = inject(CategoriesApi);
  private readonly usersApi = inject(UsersApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  readonly plans = signal<InspectionPlanResponse[]>([]);
  readonly board = signal<PlanBoardResponse | null>(null);
  readonly specialists = signal<UserResponse[]>([]);
  readonly stores = signal<StoreResponse[]>([]);
  readonly categories = signal<CategoryResponse[]>([]);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly storeNames = computed(() => new Map(this.stores().map((s) => [s.id, `${s.code} ${s.name}`])));
  readonly categoryNames = computed(() => new Map(this.categories().map((c) => [c.id, c.name])));

  async load(month?: string): Promise<void> {
    try {
      const [plans, board, specialists, stores, categories] = await Promise.all([
        this.state.run(this.api.plans()),
        this.state.run(this.api.board(month)),
        this.state.run(this.usersApi.all({ role: Role.Specialist, active: true })),
        this.state.run(this.storesApi.all()),
        this.state.run(this.categoriesApi.all()),
      ]);
      this.plans.set(plans);
      this.board.set(board);
      this.specialists.set(specialists);
      this.stores.set(stores);
      this.categories.set(categories.filter((c) => c.parentId === null));
    } catch {
      // error() carries it.
    }
  }

  async loadBoard(month: string): Promise<void> {
    try {
      this.board.set(await this.state.run(this.api.board(month)));
    } catch {
      // error() carries it.
    }
  }

  /** Rejects with the ApiError (its details name the fields). */
  async create(body: CreateInspectionPlanRequest): Promise<InspectionPlanResponse> {
    const created = await this.writes.run(this.api.createPlan(body));
    await this.refresh();
    return created;
  }

  /** 改派 and switching a rule on or off, with the version read. */
  async update(id: number, body: UpdateInspectionPlanRequest): Promise<InspectionPlanResponse> {
    const updated = await this.writes.run(this.api.updatePlan(id, body));
    await this.refresh();
    return updated;
  }

  private async refresh(): Promise<void> {
    const month = this.board()?.month;
    const [plans, board] = await Promise.all([this.state.run(this.api.plans()), this.state.run(this.api.board(month))]);
    this.plans.set(plans);
    this.board.set(board);
  }
}
