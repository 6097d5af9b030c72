/** The columns of the Jilin 项目支出绩效目标表, as printed in its header (a prefix of each header cell). */
export const JILIN_COLUMNS = [
  '单位名称',
  '项目名称',
  '年度资金总额',
  '年度绩效目标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标解释',
  '指标值',
  '权重',
] as const;

/** Cells before the indicator part of a standard row: unit, project, budget, goal. */
export const JILIN_PROJECT_CELLS = 4;
