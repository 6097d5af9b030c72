import { Decimal } from '@jixiao/decimal';
import { EvaluationService, EvaluationWorkflowService, Scorecard } from '@jixiao/evaluations';
import { ExecutionRecordsService, FlagsService, MonitoringReportsService } from '@jixiao/execution';
import { AuthUser, UserAccount } from '@jixiao/people';
import { addDays, CalendarService, dayIn, ReminderJob, ReminderQueues } from '@jixiao/reminders';
import { Project } from '@jixiao/targets';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The demo department's year (the Leshan 2024 target table). */
const YEAR = 2024;

/** What the demo put in for the web app's screens, counted for the summary. */
export interface DemoActivity {
  /** Deadlines of the department's reminder calendar, with their due days. */
  calendar: string[];
  /** Evaluations of the evaluator's unit by state. */
  evaluations: Record<string, number>;
  records: number;
  recordedProjects: number;
  openFlags: number;
  reports: Record<string, number>;
}

/** Cumulative execution in % of the budget per quarter: on track, lagging, over, short at year end. */
const EXECUTION_PATTERNS: { percents: number[]; reason?: string }[] = [
  { percents: [26, 51, 76, 100] },
  { percents: [5, 12, 30] },
  { percents: [30, 62, 95, 108] },
  { percents: [20, 41, 63, 82], reason: '部分采购合同延至次年签订，资金结转使用' },
  { percents: [0, 35, 70, 96], reason: '年末结余资金按规定收回' },
  { percents: [10, 20] },
];
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** The evaluator's projects and what happens to each: one evaluation in every review state. */
const EVALUATION_PLAN: { project: string; to: 'draft' | 'submitted' | 'returned' | 'approved' }[] = [
  { project: '单位缴费', to: 'approved' },
  { project: '工资性支出', to: 'submitted' },
  { project: '日常公用经费', to: 'returned' },
  { project: '2024年IDC机房租赁费用', to: 'draft' },
];

/**
 * Activity on the demo department, as its people would have made it through the API (the same services,
 * as the demo accounts): a reminder calendar with deadlines around today, execution records over the
 * year for several projects (so the dashboard's lights differ and flags open), one evaluation in every
 * review state, a monitoring report returned with a comment, and — with Redis — the notifications
 * these cause. Each part runs only where its data is missing, so a second run changes nothing but the
 * calendar's days, which follow today.
 */
export async function ensureDemoActivity(
  app: INestApplicationContext,
  departmentId: string,
  usernames: { manager: string; evaluator: string },
): Promise<DemoActivity> {
  const dataSource = app.get(DataSource);
  const manager = await authUser(dataSource, usernames.manager);
  const evaluator = await authUser(dataSource, usernames.evaluator);
  const calendar = await ensureCalendar(app, manager, departmentId);
  const records = await ensureExecutionRecords(app, dataSource, manager, departmentId, evaluator.unitIds[0]);
  const evaluations = await ensureEvaluations(app, dataSource, evaluator, manager);
  const reports = await ensureMonitoringReports(app, evaluator, manager);
  const [flags]: { open: number }[] = await dataSource.query(
    `SELECT count(*)::int AS open FROM execution_flag WHERE department_id = $1 AND status <> 'closed'`,
    [departmentId],
  );
  return { calendar, ...records, evaluations, reports, openFlags: flags.open };
}

async function authUser(dataSource: DataSource, username: string): Promise<AuthUser> {
  const { id, role, departmentIds, unitIds } = await dataSource
    .getRepository(UserAccount)
    .findOneByOrFail({ username });
  return { id, username, role, departmentIds, unitIds };
}

/**
 * 提醒日历: one deadline overdue (the managers get the escalation), one due in three days, one in seven;
 * saved again each run so the days stay around today, and run at once when Redis answers (the daily
 * schedule would wait for 08:00).
 */
async function ensureCalendar(app: INestApplicationContext, manager: AuthUser, departmentId: string) {
  const today = dayIn(new Date(), 'Asia/Shanghai');
  const deadlines = [
    {
      key: 'monitoring-06',
      kind: 'monitoring' as const,
      label: `${YEAR}年1–6月绩效运行监控`,
      dueDate: addDays(today, -5),
      coversThrough: `${YEAR}-06-30`,
    },
    {
      key: 'monitoring-08',
      kind: 'monitoring' as const,
      label: `${YEAR}年1–8月绩效运行监控`,
      dueDate: addDays(today, 3),
      coversThrough: `${YEAR}-08-31`,
    },
    {
      key: 'self-evaluation',
      kind: 'self-evaluation' as const,
      label: `${YEAR}年度绩效自评`,
      dueDate: addDays(today, 7),
    },
  ];
  const calendar = await app
    .get(CalendarService)
    .save(manager, departmentId, YEAR, { deadlines, leadDays: [7, 3, 1], escalationDays: 3 });
  const queues = app.get(ReminderQueues);
  if (queues.ready) {
    await queues
      .add({
        name: ReminderJob.CalendarRun,
        data: { calendarId: calendar.id },
        jobId: `demo-${calendar.id}-${today}`,
      })
      .catch(() => undefined); // reminders are a bonus of the demo; the daily run delivers them anyway
  }
  return deadlines.map((d) => `${d.label} ${d.dueDate}`);
}

/**
 * 执行记录 for six projects outside the evaluator's unit, quarter by quarter (cumulative, 万元), in one
 * request as the manager; a second run finds them and writes nothing.
 */
async function ensureExecutionRecords(
  app: INestApplicationContext,
  dataSource: DataSource,
  manager: AuthUser,
  departmentId: string,
  evaluatorUnitId: string,
) {
  const projects = await dataSource.getRepository(Project).find({
    where: { departmentId, fiscalYear: YEAR },
    order: { budget: 'DESC', name: 'ASC' },
  });
  const picked = projects
    .filter((p) => p.unitId !== evaluatorUnitId && p.budget !== null && !p.budget.isZero())
    .slice(0, EXECUTION_PATTERNS.length);
  const [{ n }]: { n: number }[] = await dataSource.query(
    `SELECT count(*)::int AS n FROM execution_record WHERE project_id = ANY($1::uuid[])`,
    [picked.map((p) => p.id)],
  );
  if (n === 0) {
    const inputs = picked.flatMap((project, index) => {
      const { percents, reason } = EXECUTION_PATTERNS[index];
      return percents.map((percent, quarter) => ({
        projectId: project.id,
        asOf: `${YEAR}-${QUARTER_ENDS[quarter]}`,
        executed: project.budget!.mul(Decimal.fromInt(percent)).div(Decimal.HUNDRED, 2),
        reason: quarter === QUARTER_ENDS.length - 1 ? (reason ?? null) : null,
      }));
    });
    const { flags } = await app.get(ExecutionRecordsService).recordMany(manager, inputs);
    // One shortfall answered, as a unit would: reason, measure category and 整改措施.
    const shortfall = flags.opened.find((flag) => flag.code === 'UNDER_EXECUTED');
    if (shortfall) {
      await app.get(FlagsService).answer(manager, shortfall.id, {
        reason: '部分采购合同延至次年签订',
        measure: '调剂',
        correctiveAction: '结余资金调剂用于次年同类采购，合同签订后按月跟踪支付进度',
      });
    }
  }
  const [{ records }]: { records: number }[] = await dataSource.query(
    `SELECT count(*)::int AS records FROM execution_record WHERE project_id = ANY($1::uuid[])`,
    [picked.map((p) => p.id)],
  );
  return { records, recordedProjects: picked.length };
}

/**
 * 绩效自评 of the evaluator's unit: entered (every actual as its target, the money spent), then submitted,
 * returned with a comment, approved — as the plan says. Projects whose evaluation exists are left alone.
 */
async function ensureEvaluations(
  app: INestApplicationContext,
  dataSource: DataSource,
  evaluator: AuthUser,
  manager: AuthUser,
): Promise<Record<string, number>> {
  const evaluations = app.get(EvaluationService);
  const workflow = app.get(EvaluationWorkflowService);
  const states: Record<string, number> = {};
  for (const { project: name, to } of EVALUATION_PLAN) {
    const project = await dataSource.getRepository(Project).findOneBy({
      unitId: evaluator.unitIds[0],
      fiscalYear: YEAR,
      name,
    });
    if (!project) continue;
    const opened = await evaluations.open(evaluator, project.id);
    let scorecard = opened.scorecard;
    if (opened.created) {
      scorecard = await enter(
        evaluations,
        evaluator,
        scorecard,
        to === 'draft' ? 3 : scorecard.rows.length,
        to,
      );
      const step = async (user: AuthUser, action: 'submit' | 'return' | 'approve', comment?: string) => {
        scorecard = await workflow.transition(user, scorecard.id, action, scorecard.version, comment);
      };
      if (to !== 'draft') await step(evaluator, 'submit');
      if (to === 'returned') await step(manager, 'return', '请补充预算执行率扣分原因中的结余金额和收回时间');
      if (to === 'approved') await step(manager, 'approve', '数据与决算一致，同意');
    }
    states[scorecard.state] = (states[scorecard.state] ?? 0) + 1;
  }
  return states;
}

/**
 * Entries for the first `rows` rows: the actual as the target reads without its operator (`≥95%` → `95%`),
 * then a score by hand for any row that still needs a decision; the money spent (a returned one short of
 * the budget, with its reason).
 */
async function enter(
  evaluations: EvaluationService,
  evaluator: AuthUser,
  scorecard: Scorecard,
  rows: number,
  to: string,
): Promise<Scorecard> {
  const budget = scorecard.money.total.budget ? Decimal.parse(scorecard.money.total.budget) : Decimal.ZERO;
  const executed = to === 'returned' ? budget.mul(Decimal.fromInt(95)).div(Decimal.HUNDRED, 2) : budget;
  let card = await evaluations.update(evaluator, scorecard.id, {
    version: scorecard.version,
    amounts: { executed: executed.toString(), fiscalExecuted: executed.toString() },
    executionDeductionReason: executed.lt(budget) ? '年末结余资金按规定收回' : undefined,
    goalActual: '已按年度目标完成',
    rows: scorecard.rows
      .slice(0, rows)
      .map((row) => ({ position: row.position, actual: row.target.replace(/^[≥≤><=＞＜]+/, '') })),
  });
  // What is left to explain, by the field each finding names (clearedBy).
  const cleared = new Set(card.findings.map((f) => f.clearedBy));
  const changes = card.rows.slice(0, rows).flatMap((row) => {
    const field = (name: string) => cleared.has(`rows[${row.position}].${name}`);
    const change = {
      ...(row.score === null && { manualScore: row.weight ?? '0', manualReason: '按佐证材料认定完成' }),
      ...(field('deductionReason') && { deductionReason: '部分任务受政策调整影响延后完成' }),
      ...(field('deviationReason') && { deviationReason: '年中追加任务，超额完成' }),
    };
    return Object.keys(change).length > 0 ? [{ position: row.position, ...change }] : [];
  });
  if (changes.length > 0)
    card = await evaluations.update(evaluator, card.id, { version: card.version, rows: changes });
  return card;
}

/**
 * 绩效运行监控报告 of the evaluator's unit: 1–6月 returned with the manager's comment, 1–8月 a draft being
 * written. Reports that exist are left alone.
 */
async function ensureMonitoringReports(
  app: INestApplicationContext,
  evaluator: AuthUser,
  manager: AuthUser,
): Promise<Record<string, number>> {
  const reports = app.get(MonitoringReportsService);
  const states: Record<string, number> = {};
  for (const period of [6, 8]) {
    const opened = await reports.open(evaluator, evaluator.unitIds[0], YEAR, period);
    let report = opened.report;
    if (opened.created) {
      report = await reports.update(evaluator, report.id, report.version, {
        progress: `截至${period}月底，各项目按计划推进，资金按进度拨付。`,
        deviationReasons: period === 6 ? '部分采购项目招标延后。' : null,
        measures: period === 6 ? '加快采购进度，按月跟踪支付。' : null,
      });
      if (period === 6) {
        report = await reports.transition(evaluator, report.id, 'submit', report.version);
        report = await reports.transition(
          manager,
          report.id,
          'return',
          report.version,
          '偏差原因请写明招标延后的具体时间',
        );
      }
    }
    states[report.state] = (states[report.state] ?? 0) + 1;
  }
  return states;
}
