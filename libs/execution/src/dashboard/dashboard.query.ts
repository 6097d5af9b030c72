/**
 * The dashboard in two set-based statements over the projects of one year in the caller's scope,
 * grouped by department (province view) or by unit (one department):
 * - amounts: each project's latest record (an index lookup on uq_execution_record_day, newest first),
 *   budget = its 调整后预算数 or the project's 预算数, summed per group and in total (GROUPING SETS);
 * - flags: current (not closed) flags counted per group, code and colour (ix_execution_flag_department).
 * `$1` is the year; the scope and group conditions are appended by the caller with numbered parameters.
 */
export function amountsSql(groupColumn: 'department_id' | 'unit_id', where: string): string {
  return `
    SELECT p.${groupColumn} AS group_id, GROUPING(p.${groupColumn}) AS is_total,
           count(*)::int AS projects,
           count(l.executed)::int AS projects_with_records,
           sum(coalesce(l.adjusted_budget, p.budget)) AS budget,
           coalesce(sum(l.executed), 0) AS executed
      FROM project p
      LEFT JOIN LATERAL (
             SELECT r.executed, r.adjusted_budget
               FROM execution_record r
              WHERE r.project_id = p.id
              ORDER BY r.as_of DESC
              LIMIT 1) l ON true
     WHERE p.fiscal_year = $1 ${where}
     GROUP BY GROUPING SETS ((p.${groupColumn}), ())`;
}

export function flagCountsSql(groupColumn: 'department_id' | 'unit_id', where: string): string {
  return `
    SELECT f.${groupColumn} AS group_id, f.code, f.colour, count(*)::int AS flags
      FROM execution_flag f
     WHERE f.fiscal_year = $1 AND f.status <> 'closed' ${where}
     GROUP BY f.${groupColumn}, f.code, f.colour`;
}
