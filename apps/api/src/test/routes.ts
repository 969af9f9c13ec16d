import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '@storeops/api/core';
import { Role } from '@storeops/shared/contracts';

/** A DTO class as Nest's metadata names it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- class-validator's metadata API takes Function
export type DtoClass = Function;

export interface DiscoveredRoute {
  /** e.g. "GET /api/stores/:id" */
  key: string;
  roles: Role[] | undefined;
  isPublic: boolean;
  /** The class of the @Body() parameter, when the route takes one. */
  body?: DtoClass;
  /** The class of the @Query() parameter, when the route takes one. */
  query?: DtoClass;
  /** What @ApiConsumes says the route takes (multipart/form-data for uploads); JSON otherwise. */
  consumes: string[];
}

function join(...parts: string[]): string {
  return (
    '/' +
    parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/')
  );
}

/** Every route the app serves, read from Nest's own metadata, with the access it declares. */
export function discoverRoutes(app: INestApplication): DiscoveredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: DiscoveredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const base = (Reflect.getMetadata(PATH_METADATA, metatype) as string | undefined) ?? '';
    const proto = Object.getPrototypeOf(instance);
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const targets = [handler, metatype];
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}) as Record<string, { index: number }>;
      const types = (Reflect.getMetadata('design:paramtypes', proto, name) ?? []) as DtoClass[];
      const argOf = (kind: RouteParamtypes) => {
        const entry = Object.entries(args).find(([k]) => k.split(':')[0] === String(kind));
        return entry ? types[entry[1].index] : undefined;
      };
      routes.push({
        key: `${method} ${join('api', base, path)}`,
        roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
        isPublic: !!reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets),
        body: argOf(RouteParamtypes.BODY),
        query: argOf(RouteParamtypes.QUERY),
        consumes: reflector.getAllAndOverride<string[] | undefined>('swagger/apiConsumes', targets) ?? ['application/json'],
      });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}
