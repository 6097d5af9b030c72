import { FlagListItem } from '../flags/flags.service';

const STATUS_LABEL: Record<string, string> = { open: '待答复', answered: '已答复', closed: '已关闭' };
const COLOUR_LABEL: Record<string, string> = { red: '红', yellow: '黄' };

export const FLAG_HEADER = [
  '部门',
  '单位',
  '项目编码',
  '项目名称',
  '年度',
  '预警代码',
  '级别',
  '颜色',
  '执行率(%)',
  '说明',
  '状态',
  '原因说明',
  '处理方式',
  '整改措施',
  '关闭说明',
];

/** One row of the flag list export. */
export function flagSheetCells(flag: FlagListItem): string[] {
  return [
    flag.department.name,
    flag.unit?.name ?? '',
    flag.project?.code ?? '',
    flag.project?.name ?? '',
    String(flag.fiscalYear),
    flag.code,
    flag.severity,
    COLOUR_LABEL[flag.colour] ?? flag.colour,
    flag.rate ?? '',
    flag.message,
    STATUS_LABEL[flag.status] ?? flag.status,
    flag.reason ?? '',
    flag.measure ?? '',
    flag.correctiveAction ?? '',
    flag.closingNote ?? '',
  ];
}
