import { Decimal } from '@jixiao/decimal';
import { ProjectCategory, ProjectTargetsDocument, StatedUnitTotal } from '../../imported-document';
import { findDocumentYear, findStatedTotals } from '../../stated-totals';
import { isTableLine, unwrapCell } from '../../text/table-cells';

/** A class of projects as the prose counts them: `人员类项目 18 个，涉及预算 1236.78 万元`. */
export interface StatedCategoryTotal {
  category: ProjectCategory;
  projects: number;
  budget: Decimal;
  line: number;
}

/** What a Leshan / Dachuan document states about its targets, beside its tables. */
export type StatedFacts = ProjectTargetsDocument['stated'] & { categories: StatedCategoryTotal[] };

export interface DocumentFacts {
  year: number | null;
  department: { code: string | null; name: string | null };
  stated: StatedFacts;
}

const CATEGORY_STATEMENT = /(人员类|运转类|特定目标类)项目\s*(\d+)\s*个[，,]\s*涉及预算\s*([\d,]+(?:\.\d+)?)\s*万元/g;
const INCOME_TABLE_TITLE = /^(?:[一二三四五六七八九十]+、)?部门收入总表(?:（公开表\s*1-1）)?$/;
const SECTION_TITLE = /^[一二三四五六七八九十]+、/;
/** `315001	乐山市医疗保障局机关	782.20`: a unit row of the 部门收入总表. */
const UNIT_INCOME_ROW = /^\t*(\d{6})\t([^\t]+)\t([\d,]+\.\d{2})/;

/**
 * The year, the department and the stated totals of a 12-column document: the prose
 * `开展绩效管理的项目 27 个，涉及预算 1672.81 万元。其中：人员类项目 18 个…`, and the unit rows of the
 * 部门收入总表 (公开表1-1) where it lists them. `departmentName` is what the tables call the department,
 * when they do.
 */
export function readDocumentFacts(lines: string[], departmentName: string | null): DocumentFacts {
  const totals = findStatedTotals(lines);
  const name = departmentName ?? titleDepartmentName(lines);
  return {
    year: findDocumentYear(lines),
    department: { code: name === null ? null : departmentCode(lines, name), name },
    stated: {
      projects: totals?.projects ?? null,
      budget: totals?.budget ?? null,
      line: totals?.line ?? null,
      units: incomeTableUnits(lines),
      categories: totals === null ? [] : categoryTotals(lines[totals.line - 1], totals.line),
    },
  };
}

function categoryTotals(statement: string, line: number): StatedCategoryTotal[] {
  const found: StatedCategoryTotal[] = [];
  for (const match of statement.matchAll(CATEGORY_STATEMENT)) {
    const budget = Decimal.tryParse(match[3]);
    if (budget !== null) found.push({ category: match[1] as ProjectCategory, projects: Number(match[2]), budget, line });
  }
  return found;
}

/** The document's title starts with the department: `乐山市医疗保障局` / `2024 年` / `部门预算`. */
function titleDepartmentName(lines: string[]): string | null {
  for (const line of lines) {
    const text = line.trim();
    if (text !== '') return isTableLine(line) ? null : unwrapCell(text);
  }
  return null;
}

/**
 * Leshan prints `315-乐山市医疗保障局`; Dachuan prints the department only through its unit code in the
 * budget tables (`136001	达州市达川区医疗保障局`): the department code is the unit code's first three digits.
 */
function departmentCode(lines: string[], name: string): string | null {
  for (const line of lines) {
    if (!line.includes(name)) continue;
    const dashed = new RegExp(`(?:^|\\t)(\\d{3})-${escapeRegExp(name)}(?:\\t|$)`).exec(line);
    if (dashed) return dashed[1];
    const unit = /(?:^|\t)(\d{3})\d{3}\t([^\t]+)/.exec(line);
    if (unit && unit[2].trim().startsWith(name)) return unit[1];
  }
  return null;
}

function incomeTableUnits(lines: string[]): StatedUnitTotal[] {
  const start = lines.findIndex((line) => INCOME_TABLE_TITLE.test(line.trim()));
  if (start === -1) return [];
  const units: StatedUnitTotal[] = [];
  for (let i = start + 1; i < lines.length && !SECTION_TITLE.test(lines[i].trim()); i += 1) {
    const match = UNIT_INCOME_ROW.exec(lines[i]);
    if (!match) continue;
    const budget = Decimal.tryParse(match[3]);
    if (budget !== null) units.push({
        unitCode: match[1],
        unitName: unwrapCell(match[2]),
        budget,
        line: i + 1,
        source: 'income-table',
      });
  }
  return units;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
