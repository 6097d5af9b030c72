import type { FlagListItem } from './flag-list.queries';

/** 预警类型 as the screens name them. */
export const FLAG_CODE_LABELS: Record<string, string> = {
  LAGGING: '执行进度滞后',
  UNDER_EXECUTED: '执行不到位',
  OVER_EXECUTED: '超预算执行',
  NO_BUDGET: '无预算数',
  REASON_MISSING: '缺少原因说明',
  REASON_TOO_LONG: '原因说明过长',
  UNRECONCILED: '合计不符',
};

export const SEVERITY_LABELS: Record<string, string> = { minor: '轻微', moderate: '一般', severe: '严重' };

export const FLAG_STATUS_LABELS: Record<string, string> = {
  open: '待答复',
  answered: '已答复',
  closed: '已关闭',
};

/** 整改措施 the API accepts for an answer. */
export const MEASURES = ['继续执行', '调剂', '取消'] as const;

/** What a flag is about: its project, else its unit or department (totals). */
export const flagSubject = (flag: FlagListItem): string =>
  flag.project?.name ?? flag.unit?.name ?? flag.department.name;
