import { Role } from '@jixiao/people';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { createTestUser, TestUser } from '../support/auth';
import { TestApp, uniqueSuffix } from '../support/test-app';
import { createDepartmentWithUnit } from './support/scope-fixtures';

/**
 * Who calls in the matrix. The objects all live in department A, unit A1 ("own"); the callers are
 * placed around them: a manager of A and one of department B, an evaluator of A1, one of A2 (other
 * unit, same department) and one of B1. The admin has no scope: every object is its own.
 */
export type Caller =
  'anonymous' | 'admin' | 'manager' | 'otherManager' | 'evaluator' | 'siblingEvaluator' | 'otherEvaluator';

export const CALLERS: readonly Caller[] = [
  'anonymous',
  'admin',
  'manager',
  'otherManager',
  'evaluator',
  'siblingEvaluator',
  'otherEvaluator',
];

export const ROLE_OF: Record<Caller, Role | null> = {
  anonymous: null,
  admin: 'admin',
  manager: 'manager',
  otherManager: 'manager',
  evaluator: 'evaluator',
  siblingEvaluator: 'evaluator',
  otherEvaluator: 'evaluator',
};

/** Everything the probes point at, built once per suite. */
export interface MatrixWorld {
  t: TestApp;
  users: Record<Exclude<Caller, 'anonymous'>, TestUser>;
  departmentId: string;
  unitId: string;
  /** unit A1's code: its natural key, so creating it again conflicts. */
  unitCode: string;
  /** A project of unit A1 (2024, 120 万元) with one indicator and an evaluation (draft). */
  projectId: string;
  projectName: string;
  indicatorId: string;
  evaluationId: string;
  /** The monitoring report (2024, 1–12月) of unit A1, a draft at version 1. */
  reportId: string;
  /** Flags of the project: one open, one already closed. */
  openFlagId: string;
  closedFlagId: string;
  /** An import the manager of A made and committed (managers see their own batches), and the 部门整体 target it wrote. */
  importId: string;
  departmentTargetId: string;
  /** An evaluator of A1 that reset-password and unlock may change without hurting other probes. */
  spareUserId: string;
  /** One unread in-app notification of the admin, the manager of A and the evaluator of A1. */
  notificationIds: Record<Role, string>;
  failedDeliveryId: string;
  /** Reminder calendars of A: 2024 is read and saved; each deleter has its own year, the rest another. */
  calendarYears: { read: number; adminDeletes: number; managerDeletes: number; nobodyDeletes: number };
}

export const seed = (name: string): Buffer =>
  readFileSync(resolve(process.cwd(), 'test/fixtures/seeds', name));

export const CALENDAR = {
  deadlines: [
    { key: 'monitoring-04', kind: 'monitoring', label: '1–4月绩效运行监控', dueDate: '2024-05-10' },
  ],
  leadDays: [7, 1],
  escalationDays: 3,
};

/** Like supertest's expect(status), but a surprise shows the body: a fixture failing says why. */
const status =
  (expected: number) =>
  (response: request.Response): request.Response => {
    if (response.status !== expected)
      throw new Error(`expected ${expected}, got ${response.status} ${response.text}`);
    return response;
  };

export async function buildWorld(t: TestApp): Promise<MatrixWorld> {
  const admin = await createTestUser(t, { role: 'admin' });
  const as = admin.headers;
  const [own, other] = await Promise.all([
    createDepartmentWithUnit(t.dataSource, 'matrix'),
    createDepartmentWithUnit(t.dataSource, 'matrix'),
  ]);
  const sibling = await request(t.http)
    .post('/api/units')
    .set(as)
    .send({ departmentId: own.departmentId, name: `矩阵单位 ${uniqueSuffix()}` })
    .then(status(201));
  const [unitRow] = await t.dataSource.query<{ code: string }[]>(
    'SELECT code FROM budget_unit WHERE id = $1',
    [own.unitId],
  );
  const [manager, otherManager, evaluator, siblingEvaluator, otherEvaluator, spare] = await Promise.all([
    createTestUser(t, { role: 'manager', departmentIds: [own.departmentId] }),
    createTestUser(t, { role: 'manager', departmentIds: [other.departmentId] }),
    createTestUser(t, { role: 'evaluator', unitIds: [own.unitId] }),
    createTestUser(t, { role: 'evaluator', unitIds: [sibling.body.id] }),
    createTestUser(t, { role: 'evaluator', unitIds: [other.unitId] }),
    createTestUser(t, { role: 'evaluator', unitIds: [own.unitId] }),
  ]);

  const newProject = (extra: object = {}) =>
    request(t.http)
      .post('/api/projects')
      .set(as)
      .send({
        departmentId: own.departmentId,
        unitId: own.unitId,
        fiscalYear: 2024,
        name: `矩阵项目 ${uniqueSuffix()}`,
        budget: '120',
        ...extra,
      })
      .then(status(201));
  const project = await newProject({
    indicators: [
      {
        level1: '产出指标',
        level2: '数量指标',
        level3: '救助人次',
        value: '100',
        unit: '人次',
        weight: '90',
      },
    ],
  });
  const projectId = project.body.id as string;
  const [indicator] = await t.dataSource.query<{ id: string }[]>(
    'SELECT id FROM indicator WHERE project_id = $1',
    [projectId],
  );
  const evaluation = await request(t.http)
    .post(`/api/projects/${projectId}/evaluation`)
    .set(as)
    .send({})
    .then(status(201));

  // 10 of 120 万元 by year end: an under-executed flag on each of two projects; one is closed.
  const flagOf = async (id: string) => {
    const recorded = await request(t.http)
      .post('/api/execution/records')
      .set(as)
      .send({ projectId: id, asOf: '2024-12-31', executed: '10' })
      .then(status(201));
    return (recorded.body.flags.opened as { id: string }[])[0].id;
  };
  const second = await newProject();
  const [openFlagId, closedFlagId] = await Promise.all([flagOf(projectId), flagOf(second.body.id)]);
  await request(t.http).post(`/api/execution/flags/${closedFlagId}/close`).set(as).send({}).then(status(200));

  const preview = await request(t.http)
    .post('/api/imports')
    .set(manager.headers)
    .field('departmentId', own.departmentId)
    .attach('file', seed('dachuan-2024-budget.txt'), 'dachuan-2024-budget.txt')
    .then(status(201));
  await request(t.http).post(`/api/imports/${preview.body.id}/commit`).set(manager.headers).then(status(200));
  const [target] = await t.dataSource.query<{ id: string }[]>(
    'SELECT id FROM department_target WHERE department_id = $1',
    [own.departmentId],
  );

  const report = await request(t.http)
    .post('/api/execution/reports')
    .set(evaluator.headers)
    .send({ unitId: own.unitId, year: 2024, period: 12 })
    .then(status(201));

  const calendarYears = { read: 2024, adminDeletes: 2031, managerDeletes: 2032, nobodyDeletes: 2033 };
  for (const year of Object.values(calendarYears))
    await request(t.http)
      .put(`/api/departments/${own.departmentId}/reminder-calendars/${year}`)
      .set(as)
      .send(CALENDAR)
      .then(status(200));

  const delivery = async (recipientId: string, channel: string, state: string) => {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO reminder_delivery (recipient_id, item, period, kind, channel, status, message, claimed_at, error)
       VALUES ($1, $2, '2024', 'due', $3, $4, $5, now(), $6) RETURNING id`,
      [
        recipientId,
        `matrix-${uniqueSuffix()}`,
        channel,
        state,
        JSON.stringify({ title: '矩阵提醒', body: '授权矩阵' }),
        state === 'failed' ? 'smtp refused' : null,
      ],
    );
    return row.id;
  };
  const [adminNote, managerNote, evaluatorNote, failedDeliveryId] = await Promise.all([
    delivery(admin.user.id, 'in-app', 'sent'),
    delivery(manager.user.id, 'in-app', 'sent'),
    delivery(evaluator.user.id, 'in-app', 'sent'),
    delivery(admin.user.id, 'email', 'failed'),
  ]);

  return {
    t,
    users: { admin, manager, otherManager, evaluator, siblingEvaluator, otherEvaluator },
    departmentId: own.departmentId,
    unitId: own.unitId,
    unitCode: unitRow.code,
    projectId,
    projectName: project.body.name,
    indicatorId: indicator.id,
    evaluationId: evaluation.body.id,
    reportId: report.body.id,
    openFlagId,
    closedFlagId,
    importId: preview.body.id,
    departmentTargetId: target.id,
    spareUserId: spare.user.id,
    notificationIds: { admin: adminNote, manager: managerNote, evaluator: evaluatorNote },
    failedDeliveryId,
    calendarYears,
  };
}
