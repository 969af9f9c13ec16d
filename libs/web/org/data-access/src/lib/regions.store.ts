import { Injectable, computed, inject } from '@angular/core';
import { CreateRegionRequest, RegionResponse, UpdateRegionRequest } from '@storeops/shared/contracts';
import { RegionsApi } from './org-api';
import { WholeListStore } from './whole-list.store';

/** Regions are few: the whole list is kept, for the admin page and for pickers. */
@Injectable({ providedIn: 'root' })
export class RegionsStore extends WholeListStore<RegionResponse, CreateRegionRequest, UpdateRegionRequest> {
  protected readonly api = inject(RegionsApi);
  readonly regions = this.items;
  readonly activeRegions = computed(() => this.all().filter((r) => r.active));
}
