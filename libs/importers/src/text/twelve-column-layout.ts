/** The 12 columns of the Leshan and Dachuan 部门预算项目支出绩效目标表 (公开表 6). */
export const TWELVE_COLUMNS = [
  '单位名称',
  '项目名称',
  '预算数',
  '年度目标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
  '权重',
  '指标方向性',
] as const;
