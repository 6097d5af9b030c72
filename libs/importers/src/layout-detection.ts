import { DocumentLayout, ImportError } from './imported-document';
import { JILIN_COLUMNS } from './layouts/jilin/jilin-columns';
import { isLanshanFormStart, isLanshanIndicatorHeader } from './layouts/lanshan/lanshan-project-forms';
import { isTableLine, splitCells, unwrapCell } from './text/table-cells';
import { headerCells, missingColumns } from './text/table-header';
import { TWELVE_COLUMNS } from './text/twelve-column-layout';

/** A performance table found in a document; `index` is 0-based (header line, form start or title line). */
export type DetectedTable =
  | { kind: 'project-targets'; layout: 'leshan' | 'dachuan' | 'jilin' | 'lanshan'; index: number }
  | { kind: 'department-targets'; layout: 'leshan' | 'dachuan'; index: number }
  /** 绩效自评表 (Jinkouhe): not a target table; `score` reads it. */
  | { kind: 'self-evaluation'; index: number };

const DEPARTMENT_TITLE = '部门整体支出绩效目标表';
/** How far after a Lanshan `项目名称` line its indicator header may be. */
const FORM_LOOKAHEAD = 12;

/** What the detector looks for, named in the UNKNOWN_LAYOUT message. */
export const KNOWN_LAYOUTS_DESCRIPTION =
  `a 项目支出绩效目标表 with the 12 columns ${TWELVE_COLUMNS.join(' | ')} (Leshan, Dachuan), ` +
  `or with the columns ${JILIN_COLUMNS.join(' | ')} (Jilin), ` +
  `or forms of 项目名称 / 主管部门 / 年度预算资金总额 / 年度总体绩效目标 with 一级指标 | 二级指标 | 三级指标 | 指标值 (Lanshan), ` +
  `or a ${DEPARTMENT_TITLE}`;

/**
 * Decides whether a performance table starts at `index`, and which. Cheap for the many lines that are not
 * (budget documents hold dozens of other tables). Throws COLUMNS_MISSING for a target-table header that lacks
 * some columns of every known layout.
 */
export function detectTableAt(lines: string[], index: number, previous: DocumentLayout | null): DetectedTable | null {
  const line = lines[index];
  if (!isTableLine(line)) {
    if (line.includes(DEPARTMENT_TITLE) && unwrapCell(line) === DEPARTMENT_TITLE) {
      return { kind: 'department-targets', layout: previous === 'dachuan' ? 'dachuan' : 'leshan', index };
    }
    return null;
  }
  if (!line.includes('指标') && !line.includes('项目名称')) return null;
  const cells = splitCells(line);
  const header = headerCells(cells);
  if (header.includes('实际完成值') && header.includes('得分')) return { kind: 'self-evaluation', index };
  if (missingColumns(cells, TWELVE_COLUMNS).length === 0) {
    return { kind: 'project-targets', layout: twelveColumnLayout(lines, index), index };
  }
  if (missingColumns(cells, JILIN_COLUMNS).length === 0) return { kind: 'project-targets', layout: 'jilin', index };
  if (isLanshanFormStart(cells) && hasLanshanIndicatorHeader(lines, index)) {
    return { kind: 'project-targets', layout: 'lanshan', index };
  }
  refuseIncompleteHeader(header, cells, index);
  return null;
}

/**
 * Leshan and Dachuan print the same 12 columns; Leshan prefixes units with their code (`315001-…`),
 * Dachuan does not. The layout name tells the parser which quirks to expect.
 */
function twelveColumnLayout(lines: string[], headerIndex: number): 'leshan' | 'dachuan' {
  for (let i = headerIndex + 1; i < Math.min(lines.length, headerIndex + 5); i += 1) {
    if (!isTableLine(lines[i])) continue;
    return /^\d{3,}\s*-/.test(lines[i].trim()) ? 'leshan' : 'dachuan';
  }
  return 'leshan';
}

function hasLanshanIndicatorHeader(lines: string[], start: number): boolean {
  for (let i = start + 1; i < Math.min(lines.length, start + FORM_LOOKAHEAD); i += 1) {
    if (isTableLine(lines[i]) && isLanshanIndicatorHeader(splitCells(lines[i]))) return true;
  }
  return false;
}

/** A line naming a project and the three indicator levels is a target-table header: it must be complete. */
function refuseIncompleteHeader(header: string[], cells: string[], index: number): void {
  const names = (name: string) => header.some((cell) => cell.startsWith(name));
  if (!(names('单位名称') || names('项目名称')) || !names('一级指标') || !names('三级指标')) return;
  const candidates = [
    { name: 'Leshan/Dachuan', missing: missingColumns(cells, TWELVE_COLUMNS) },
    { name: 'Jilin', missing: missingColumns(cells, JILIN_COLUMNS) },
  ].sort((a, b) => a.missing.length - b.missing.length);
  const closest = candidates[0];
  throw new ImportError(
    'COLUMNS_MISSING',
    `line ${index + 1}: the target table header lacks the column(s) ${closest.missing.join(', ')} ` +
      `of the ${closest.name} layout (found: ${header.filter((c) => c !== '').join(' | ')})`,
    index + 1,
    closest.missing.join(', '),
  );
}
