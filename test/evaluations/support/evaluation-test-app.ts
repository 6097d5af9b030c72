// Platform first: it loads every feature through its entity list, so the import cycles among the
// feature libraries resolve in the same order as in the API.
import { ConfigModule, DatabaseModule, LoggerModule } from '@jixiao/platform';
import { EvaluationsModule } from '@jixiao/evaluations';
import { ExecutionModule } from '@jixiao/execution';
import { Role } from '@jixiao/people';
import { TargetsModule } from '@jixiao/targets';
import { INestApplication, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureApp } from '../../../apps/api/src/configure-app';
import { uniqueSuffix } from '../../support/test-app';
import { TestUserGuard } from './test-user.guard';

export { uniqueSuffix };

export type Headers = Record<string, string>;

export interface EvaluationTestApp {
  app: INestApplication;
  http: Parameters<typeof request>[0];
  dataSource: DataSource;
  /** Headers that authenticate as a (new) user with this role and scope. */
  as(role: Role, scope?: { departmentIds?: string[]; unitIds?: string[] }): Headers;
  close(): Promise<void>;
}

@Module({
  imports: [ConfigModule, LoggerModule, DatabaseModule, TargetsModule, ExecutionModule, EvaluationsModule],
  providers: [{ provide: APP_GUARD, useClass: TestUserGuard }],
})
class EvaluationTestModule {}

/** Targets, execution and evaluations with the real pipes, filter and PostgreSQL. */
export async function createEvaluationTestApp(): Promise<EvaluationTestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [EvaluationTestModule] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: false, bufferLogs: true }));
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    dataSource: app.get(DataSource),
    as: (role, scope = {}) => ({
      'x-test-user': JSON.stringify({
        id: randomUUID(),
        username: `${role}-${uniqueSuffix()}`,
        role,
        departmentIds: scope.departmentIds ?? [],
        unitIds: scope.unitIds ?? [],
      }),
    }),
    close: () => app.close(),
  };
}

export const seed = (name: string): Buffer =>
  readFileSync(resolve(process.cwd(), 'test/fixtures/seeds', name));

/** 驻村工作队队员补助 (Jinkouhe 2023 自评表): the target cells and, beside them, what was achieved. */
export const ZHUCUN = {
  name: '驻村工作队队员补助',
  budget: '1.5',
  executed: '0.85',
  goal: '巩固脱贫成果,开展乡村振兴工作。',
  reason: '驻村工作时间只持续到2023年8月结束',
  rows: [
    {
      level1: '产出指标',
      level2: '数量指标',
      level3: '驻村工作人员人数',
      value: '1人',
      weight: '20',
      actual: '1人',
      printed: '20',
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      level3: '完成任务率',
      value: '≥99%',
      weight: '10',
      actual: '57%',
      printed: '5.7',
    },
    {
      level1: '产出指标',
      level2: '时效指标',
      level3: '补经费划拨发成时间',
      value: '2023年12月31日前',
      weight: '10',
      actual: '2023年12月31日前',
      printed: '10',
    },
    {
      level1: '产出指标',
      level2: '成本指标',
      level3: '完成成本总目标',
      value: '≤1.5万元',
      weight: '20',
      actual: '100%',
      printed: '20',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      level3: '巩固脱贫成果,开展乡村振兴',
      value: '优',
      weight: '10',
      actual: '优',
      printed: '10',
    },
    {
      level1: '效益指标',
      level2: '可持续影响指标',
      level3: '持续提升脱贫攻坚成果同乡村振兴工作有效衔接',
      value: '长效',
      weight: '10',
      actual: '长效',
      printed: '10',
    },
    {
      level1: '满意度指标',
      level2: '满意度指标',
      level3: '驻村人员满意度',
      value: '≥95%',
      weight: '10',
      actual: '100%',
      printed: '10',
    },
  ],
};

export interface TestProject {
  departmentId: string;
  unitId: string;
  otherUnitId: string;
  projectId: string;
}

/** A fresh department with two units and the 驻村工作队队员补助 project (in the first unit), through the targets API. */
export async function createZhucunProject(t: EvaluationTestApp): Promise<TestProject> {
  const admin = t.as('admin');
  const suffix = uniqueSuffix();
  const department = await request(t.http)
    .post('/api/departments')
    .set(admin)
    .send({ code: `h7-${suffix}`, name: `乐山市金口河区医疗保障局-${suffix}` })
    .expect(201);
  const unit = async (name: string) =>
    (
      await request(t.http)
        .post('/api/units')
        .set(admin)
        .send({ departmentId: department.body.id, name: `${name}-${suffix}` })
        .expect(201)
    ).body.id as string;
  const unitId = await unit('乐山市金口河区医疗保障局');
  const otherUnitId = await unit('乐山市金口河区医疗保险事务中心');
  const projectId = await addZhucunProject(t, { departmentId: department.body.id, unitId });
  return { departmentId: department.body.id, unitId, otherUnitId, projectId };
}

/**
 * Another project with the indicators of 驻村工作队队员补助 in the same unit: `name` tells it apart,
 * `budget` and `weights` (one per row, null for none) change what the case needs; `printedNames: false`
 * leaves out 主管部门 / 实施单位, as most published target tables do.
 */
export async function addZhucunProject(
  t: EvaluationTestApp,
  where: { departmentId: string; unitId: string },
  options: { name?: string; budget?: string; weights?: (string | null)[]; printedNames?: boolean } = {},
): Promise<string> {
  const budget = options.budget ?? ZHUCUN.budget;
  const project = await request(t.http)
    .post('/api/projects')
    .set(t.as('admin'))
    .send({
      departmentId: where.departmentId,
      unitId: where.unitId,
      fiscalYear: 2023,
      name: options.name ?? ZHUCUN.name,
      budget,
      fiscalBudget: budget,
      goal: ZHUCUN.goal,
      ...(options.printedNames === false
        ? {}
        : { competentDepartment: '乐山市金口河区医疗保障局', implementingUnit: '乐山市金口河区医疗保障局' }),
      indicators: ZHUCUN.rows.map(({ level1, level2, level3, value, weight }, i) => {
        const given = options.weights ? options.weights[i] : weight;
        return { level1, level2, level3, value, ...(given === null ? {} : { weight: given }) };
      }),
    })
    .expect(201);
  return project.body.id;
}

/** The entries of 驻村工作队队员补助 as the evaluator types them. */
export function zhucunEntries(version: number) {
  return {
    version,
    amounts: { executed: ZHUCUN.executed, fiscalExecuted: ZHUCUN.executed },
    goalActual: '100%',
    executionDeductionReason: ZHUCUN.reason,
    rows: ZHUCUN.rows.map((row, position) => ({
      position,
      actual: row.actual,
      ...(row.printed !== row.weight ? { deductionReason: ZHUCUN.reason } : {}),
    })),
  };
}
