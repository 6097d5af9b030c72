import { PUBLIC_KEY, Role, ROLES_KEY } from '@jixiao/people';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

/** Who the code says may call a route: its @Roles, `public`, or null when it declares neither. */
export type DeclaredAccess = readonly Role[] | 'public' | null;

/**
 * Every route the HTTP server answers, as `METHOD /path` (`GET /api/users/:id`), read from the
 * Express router itself so nothing registered outside Nest's controllers (Swagger UI) escapes.
 * Catch-all middleware layers (every method on one path) are not routes.
 */
export function expressRoutes(app: INestApplication): string[] {
  const server = app.getHttpAdapter().getInstance() as {
    router?: { stack: ExpressLayer[] };
    _router?: { stack: ExpressLayer[] };
  };
  const stack = (server.router ?? server._router)!.stack;
  return stack
    .filter(
      (layer) => layer.route && !layer.route.methods.all && Object.keys(layer.route.methods).length < 10,
    )
    .flatMap((layer) =>
      Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`),
    );
}

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** What each controller handler declares (@Roles / @Public), keyed like `expressRoutes`. */
export function declaredAccess(app: INestApplication, prefix = '/api'): Map<string, DeclaredAccess> {
  const access = new Map<string, DeclaredAccess>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const classPaths = asArray(Reflect.getMetadata(PATH_METADATA, controller) as string | string[]);
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const declared = accessOf(handler, controller);
        for (const classPath of classPaths)
          for (const handlerPath of asArray(Reflect.getMetadata(PATH_METADATA, handler) as string | string[]))
            access.set(`${RequestMethod[method]} ${joinPath(prefix, classPath, handlerPath)}`, declared);
      }
    }
  }
  return access;
}

function accessOf(handler: object, controller: object): DeclaredAccess {
  const lookup = <T>(key: string): T | undefined =>
    (Reflect.getMetadata(key, handler) as T | undefined) ??
    (Reflect.getMetadata(key, controller) as T | undefined);
  if (lookup<boolean>(PUBLIC_KEY)) return 'public';
  return lookup<Role[]>(ROLES_KEY) ?? null;
}

const asArray = (value: string | string[] | undefined) => (Array.isArray(value) ? value : [value ?? '']);

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}
