/**
 * The spreadsheet template: one indicator per row, the project's and department's cells repeated on each
 * row so a row can be sorted, filtered and edited alone in Excel. Row 1 holds the Chinese headers; the
 * stable English keys are what code (and the CSV/XLSX readers) use.
 */
export const TEMPLATE_COLUMNS = [
  { key: 'departmentCode', header: '部门编码', numeric: false },
  { key: 'departmentName', header: '部门名称', numeric: false },
  { key: 'year', header: '年度', numeric: true },
  { key: 'unitCode', header: '单位编码', numeric: false },
  { key: 'unitName', header: '单位名称', numeric: false },
  { key: 'projectCode', header: '项目编码', numeric: false },
  { key: 'projectName', header: '项目名称', numeric: false },
  { key: 'category', header: '项目类别', numeric: false },
  { key: 'competentDepartment', header: '主管部门', numeric: false },
  { key: 'implementingUnit', header: '实施单位', numeric: false },
  { key: 'budget', header: '预算数', numeric: true },
  { key: 'fiscalBudget', header: '财政拨款', numeric: true },
  { key: 'otherBudget', header: '其他资金', numeric: true },
  { key: 'goal', header: '年度目标', numeric: false },
  // The level names as printed (`可持续发展指标`): the import maps them to the catalogue again, so a
  // published name survives an export and re-import.
  { key: 'level1', header: '一级指标', numeric: false },
  { key: 'level2', header: '二级指标', numeric: false },
  { key: 'level3', header: '三级指标', numeric: false },
  { key: 'explanation', header: '指标解释', numeric: false },
  { key: 'operator', header: '指标性质', numeric: false },
  { key: 'value', header: '指标值', numeric: false },
  { key: 'unit', header: '度量单位', numeric: false },
  { key: 'weight', header: '权重', numeric: true },
  { key: 'direction', header: '指标方向性', numeric: false },
] as const;

export type TemplateKey = (typeof TEMPLATE_COLUMNS)[number]['key'];

/** One template row as text cells by key ('' for an empty cell). */
export type TemplateRow = Record<TemplateKey, string>;

/** The columns a file must have to be read; the rest may be left out. */
export const REQUIRED_TEMPLATE_KEYS: readonly TemplateKey[] = ['projectName', 'level1', 'level2', 'level3', 'value'];

/** 指标方向性 as written in the template (the words the Leshan table prints). */
export const DIRECTION_WORDS = { positive: '正向指标', reverse: '反向指标', exact: '等于' } as const;
