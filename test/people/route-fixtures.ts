import request from 'supertest';
import { TestUser } from '../support/auth';
import { TestApp, uniqueSuffix } from '../support/test-app';

/** One department with one unit, and its staff; the matrix builds two (own and other). */
export interface ScopeSide {
  departmentId: string;
  unitId: string;
  manager: TestUser;
  evaluator: TestUser;
}

export interface FixtureContext {
  t: TestApp;
  admin: TestUser;
  /** The side the object is made in. */
  own: ScopeSide;
}

/**
 * Makes one object in `own`'s department/unit and returns the route parameters that name it.
 * Keyed by name so route-permissions.ts rows can point at them.
 */
export const SCOPE_FIXTURES = {
  department: async ({ own }: FixtureContext) => ({ id: own.departmentId }),
  unit: async ({ own }: FixtureContext) => ({ id: own.unitId }),
  user: async ({ own }: FixtureContext) => ({ id: own.evaluator.user.id }),
  project: async ({ t, admin, own }: FixtureContext) => {
    const created = await request(t.http)
      .post('/api/projects')
      .set(admin.headers)
      .send({
        departmentId: own.departmentId,
        unitId: own.unitId,
        fiscalYear: 2024,
        name: `矩阵项目 ${uniqueSuffix()}`,
      })
      .expect(201);
    return { id: created.body.id as string, projectId: created.body.id as string };
  },
} satisfies Record<string, (context: FixtureContext) => Promise<Record<string, string>>>;

export type ScopeFixtureName = keyof typeof SCOPE_FIXTURES;
