import { unitKey as foldedCodeOrName } from '@jixiao/importers';

/*
 * Natural keys: what a re-import matches existing rows on. Whitespace is folded so a wrapped or
 * re-typed cell (`乐山市医疗保障 局`) still finds its row.
 */

/** 部门 and 单位: the code when printed, else the name; '' when neither is (the importers' rule, so both agree). */
export const codeOrNameKey = foldedCodeOrName;

/** 项目: (unit, code or name) — the department and year are columns of their own. */
export function projectKey(unitKey: string, code: string | null | undefined, name: string): string {
  return `${unitKey}|${codeOrNameKey(code, name)}`;
}

/** The key of a project as an importer read it. */
export function importedProjectKey(project: {
  unitCode: string | null;
  unitName: string | null;
  code: string | null;
  name: string;
}): string {
  return projectKey(codeOrNameKey(project.unitCode, project.unitName), project.code, project.name);
}
