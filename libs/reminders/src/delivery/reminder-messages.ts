import type { CalendarDeadline } from '../calendar/calendar-deadline';
import type { PendingUnit } from '../ports/pending-work';
import type { EvaluationSubmitted, FlagOpened } from '../ports/reminder-event-source';
import type { ReminderMessage } from './reminder-message';

const owed = (deadline: CalendarDeadline) =>
  deadline.kind === 'monitoring' ? '执行数据未报送' : '绩效自评未提交';
const unitList = (units: PendingUnit[]) =>
  units.map((u) => `${u.unitName}（${u.projects}个项目）`).join('、');

/** 到期提醒: to an evaluator, for the units they work for that still owe the deadline. */
export function dueMessage(
  deadline: CalendarDeadline,
  leadDays: number,
  units: PendingUnit[],
): ReminderMessage {
  const when = leadDays === 0 ? '今天到期' : `还有${leadDays}天到期（${deadline.dueDate}）`;
  return {
    title: `【提醒】${deadline.label}${when}`,
    body: `${unitList(units)}${owed(deadline)}，请于${deadline.dueDate}前完成。`,
    link: deadline.kind === 'monitoring' ? '/execution' : '/evaluations',
  };
}

/** 逾期催办: to a manager, every unit of the department still owing a deadline. */
export function escalationMessage(
  deadline: CalendarDeadline,
  daysLate: number,
  units: PendingUnit[],
): ReminderMessage {
  return {
    title: `【逾期】${deadline.label}已逾期${daysLate}天`,
    body: `截止日期${deadline.dueDate}已过，${units.length}个单位仍${owed(deadline)}：${unitList(units)}。`,
    link: deadline.kind === 'monitoring' ? '/execution' : '/evaluations',
  };
}

/** 待审核: to a manager, an evaluation submitted for review. */
export function reviewRequestMessage(event: EvaluationSubmitted): ReminderMessage {
  return {
    title: `【待审核】${event.projectName}（${event.year}年度绩效自评）`,
    body: `${event.projectName}的${event.year}年度绩效自评已提交，请审核。`,
    link: `/evaluations/${event.evaluationId}`,
  };
}

/** 新预警: to the unit (or the managers for a department-wide flag). */
export function flagMessage(flag: FlagOpened): ReminderMessage {
  return {
    title: `【预警】${flag.year}年度执行预警（${flag.code}）`,
    body: `${flag.message}。请说明原因并填写整改措施。`,
    link: `/execution/flags/${flag.flagId}`,
  };
}
