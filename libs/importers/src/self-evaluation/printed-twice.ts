import type { PrintedSelfEvaluation, SelfEvaluationWarning } from './printed-self-evaluation';

/**
 * One project's table printed twice in a row (Jinkouhe prints 征地农转非城镇职工医疗保险补助 twice, the
 * first time with wrapped cells): the same 项目名称 and 年度 again is the same project. The first printing
 * is kept; the warning says whether the two read the same.
 */
export function mergePrintedTwice(
  projects: PrintedSelfEvaluation[],
  warnings: SelfEvaluationWarning[],
): PrintedSelfEvaluation[] {
  const kept: PrintedSelfEvaluation[] = [];
  for (const project of projects) {
    const first = kept.find((p) => p.name === project.name && p.year === project.year);
    if (!first) {
      kept.push(project);
      continue;
    }
    const same = contentKey(first) === contentKey(project);
    warnings.push({
      code: 'TABLE_PRINTED_TWICE',
      message: `"${project.name}" is printed again at line ${project.line} (first at line ${first.line}); read as one project${
        same ? ', both printings read the same' : ', the printings differ: the first is kept'
      }`,
      line: project.line,
      ...(project.sheet !== undefined && { sheet: project.sheet }),
    });
  }
  return kept;
}

/** Everything but where it stands (line numbers, sheet). */
function contentKey(project: PrintedSelfEvaluation): string {
  return JSON.stringify(project, (key, value: unknown) =>
    key === 'line' || key === 'sheet' ? undefined : value,
  );
}
