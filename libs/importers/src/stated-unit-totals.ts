import { Decimal } from '@jixiao/decimal';
import { ImportedProject, ProjectTargetsDocument, StatedUnitTotal } from './imported-document';

/**
 * A department or unit as documents name it: the code when printed, else the name, whitespace folded (a
 * wrapped cell). The targets' natural keys use the same function, so a stated total finds its unit.
 */
export function unitKey(code: string | null | undefined, name: string | null | undefined): string {
  const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');
  return fold(code) || fold(name);
}

/**
 * The stated unit totals (单位合计) a project table can be checked against, one per unit:
 * - a unit's total row inside the project table always (it is a subtotal of the table);
 * - the unit rows of the 部门收入总表 only where they add up to the total the document states for its
 *   projects. They state each unit's whole budget, 基本支出 included, which the project table covers only
 *   where it lists 人员类 projects too: Leshan's 782.20 + 810.37 + 80.24 = 1672.81, its stated project
 *   total. Where the projects are only 特定目标类 spending (Dachuan: 3541.72 of 4187.90) every unit would
 *   be a false alarm.
 * A unit stated by both keeps the project table's row.
 */
export function reconcilableUnitTotals(stated: ProjectTargetsDocument['stated']): StatedUnitTotal[] {
  const units = stated.units ?? [];
  const income = units.filter((unit) => unit.source === 'income-table');
  const incomeCoversProjects =
    income.length > 0 &&
    stated.budget !== null &&
    Decimal.sum(income.map((unit) => unit.budget)).eq(stated.budget);
  const byUnit = new Map<string, StatedUnitTotal>();
  for (const unit of units) {
    if (unit.source === 'income-table' && !incomeCoversProjects) continue;
    const key = unitKey(unit.unitCode, unit.unitName);
    const kept = byUnit.get(key);
    if (!kept || (kept.source === 'income-table' && unit.source === 'project-table')) byUnit.set(key, unit);
  }
  return [...byUnit.values()];
}

/** What each unit's projects add up to, by unitKey; a project without a budget adds nothing. */
export function unitBudgetSums(
  projects: readonly ImportedProject[],
): Map<string, { projects: number; budget: Decimal }> {
  const sums = new Map<string, { projects: number; budget: Decimal }>();
  for (const project of projects) {
    const key = unitKey(project.unitCode, project.unitName);
    const sum = sums.get(key) ?? { projects: 0, budget: Decimal.ZERO };
    sums.set(key, {
      projects: sum.projects + 1,
      budget: project.budget ? sum.budget.add(project.budget) : sum.budget,
    });
  }
  return sums;
}
