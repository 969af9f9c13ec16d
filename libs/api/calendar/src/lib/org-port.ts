import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { isPeopleDirectory, PeopleDirectory, Person } from '@storeops/api/core';

/** Org's people directory as the calendar reaches it: found once among the app's providers (org registers it). */
@Injectable()
export class OrgPort {
  private directory: PeopleDirectory | null | undefined;

  constructor(private readonly discovery: DiscoveryService) {}

  private get found(): PeopleDirectory | null {
    this.directory ??=
      this.discovery
        .getProviders()
        .map((w) => w.instance as unknown)
        .find(isPeopleDirectory) ?? null;
    return this.directory;
  }

  activePeople(): Promise<Person[]> {
    return this.found ? this.found.activePeople() : Promise.resolve([]);
  }

  existingStoreIds(ids: readonly number[]): Promise<number[]> {
    return this.found ? this.found.existingStoreIds(ids) : Promise.resolve([]);
  }
}
