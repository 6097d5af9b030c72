import { flagLabel } from '@jixiao/monitoring';
import type { CalendarDeadline } from '../calendar/calendar-deadline';
import type { PendingUnit } from '../ports/pending-work';
import { evaluationTitle } from '../ports/reminder-event-source';
import type { EvaluationSubmitted, FlagOpened, ReviewOutcome } from '../ports/reminder-event-source';
import type { ReminderLink, ReminderMessage } from './reminder-message';

/** A department's year, for links to the lists a deadline is about. */
export interface DepartmentYear {
  departmentId: string;
  year: number;
}

const owed = (deadline: CalendarDeadline) =>
  deadline.kind === 'monitoring' ? '执行数据未报送' : '绩效自评未提交';
const unitList = (units: PendingUnit[]) =>
  units.map((u) => `${u.unitName}（${u.projects}个项目）`).join('、');

/** The list a deadline is about: the department's monitoring reports, or its evaluations of the year. */
function deadlineLink(deadline: CalendarDeadline, scope: DepartmentYear): ReminderLink {
  return deadline.kind === 'monitoring'
    ? { api: `/api/execution/reports?departmentId=${scope.departmentId}`, web: '/monitoring/reports' }
    : { api: `/api/evaluations?departmentId=${scope.departmentId}&year=${scope.year}`, web: '/evaluations' };
}

/** 到期提醒: to an evaluator, for the units they work for that still owe the deadline. */
export function dueMessage(
  deadline: CalendarDeadline,
  leadDays: number,
  units: PendingUnit[],
  scope: DepartmentYear,
): ReminderMessage {
  const when = leadDays === 0 ? '今天到期' : `还有${leadDays}天到期（${deadline.dueDate}）`;
  return {
    title: `【提醒】${deadline.label}${when}`,
    body: `${unitList(units)}${owed(deadline)}，请于${deadline.dueDate}前完成。`,
    link: deadlineLink(deadline, scope),
  };
}

/** 逾期催办: to a manager, every unit of the department still owing a deadline. */
export function escalationMessage(
  deadline: CalendarDeadline,
  daysLate: number,
  units: PendingUnit[],
  scope: DepartmentYear,
): ReminderMessage {
  return {
    title: `【逾期】${deadline.label}已逾期${daysLate}天`,
    body: `截止日期${deadline.dueDate}已过，${units.length}个单位仍${owed(deadline)}：${unitList(units)}。`,
    link: deadlineLink(deadline, scope),
  };
}

/** 待审核: to a manager, an evaluation submitted for review (the review page). */
export function reviewRequestMessage(event: EvaluationSubmitted): ReminderMessage {
  return {
    title: `【待审核】${evaluationTitle(event.projectName, event.year)}`,
    body: `${event.projectName}的${event.year}年度绩效自评已提交，请审核。`,
    link: {
      api: `/api/evaluations/${event.evaluationId}`,
      web: `/review/evaluations/${event.evaluationId}`,
    },
  };
}

/** 新预警: to the unit (or the managers for a department-wide flag); the kind in Chinese, never its code. */
export function flagMessage(flag: FlagOpened): ReminderMessage {
  return {
    title: `【预警】${flag.year}年度执行预警：${flagLabel(flag.code)}`,
    body: `${flag.message}。请说明原因，选择处理方式（继续执行、调剂或取消）并填写整改措施。`,
    link: { api: `/api/execution/flags/${flag.flagId}`, web: `/monitoring/flags/${flag.flagId}` },
  };
}

const OUTCOME_TITLE: Record<ReviewOutcome['action'], string> = {
  return: '已退回',
  approve: '已审核通过',
  reopen: '已重新打开',
};

/** 审核结果: to the unit's evaluators — who did what, when, and the reviewer's words; the editor page. */
export function reviewOutcomeMessage(outcome: ReviewOutcome, actorName: string): ReminderMessage {
  const when = shanghaiMinute(new Date(outcome.at));
  const comment = outcome.comment
    ? `${outcome.action === 'reopen' ? '理由' : '意见'}：${outcome.comment}。`
    : '';
  const next = outcome.action === 'approve' ? '' : '请修改后重新提交。';
  return {
    title: `【${OUTCOME_TITLE[outcome.action]}】${outcome.title}`,
    body: `${outcome.title}由${actorName}于${when}${OUTCOME_TITLE[outcome.action]}。${comment}${next}`,
    link:
      outcome.subject === 'evaluation'
        ? { api: `/api/evaluations/${outcome.id}`, web: `/evaluations/${outcome.id}` }
        : { api: `/api/execution/reports/${outcome.id}`, web: `/monitoring/reports/${outcome.id}` },
  };
}

/** `2024-03-01 10:05`, Beijing time (the people reading it are in China whatever the server's zone). */
function shanghaiMinute(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
