import { DocumentLayout, ImportedDocument, ImportError, ImportResult } from './imported-document';
import { checkDepartmentDocument, checkProjectDocument } from './document-checks';
import { DetectedTable, detectTableAt, KNOWN_LAYOUTS_DESCRIPTION } from './layout-detection';
import { parseJilinProjectTable } from './layouts/jilin/jilin-project-table';
import { parseLanshanProjectForms } from './layouts/lanshan/lanshan-project-forms';
import { parseDepartmentTargetsTable, parseTwelveColumnProjectTable } from './layouts/leshan-dachuan';
import { findDocumentYear, findStatedTotals } from './stated-totals';
import { stripInvisibleLines } from './source/invisible-text';
import { ParsedTable } from './text/parsed-table';

/**
 * Imports every performance-target table of a whole published document (already decoded to text):
 * a budget document holds dozens of other tables, and may hold a project table and a 部门整体 table,
 * which become two documents. Runs the common checks on each. Linear in the number of lines.
 */
export function importText(text: string): ImportResult {
  const { lines, warning: invisible } = stripInvisibleLines(text.split('\n'));
  const documents: ImportedDocument[] = [];
  let selfEvaluationLine: number | null = null;
  let previous: DocumentLayout | null = null;
  for (let index = 0; index < lines.length; ) {
    const detected = detectTableAt(lines, index, previous);
    if (detected === null) {
      index += 1;
      continue;
    }
    if (detected.kind === 'self-evaluation') {
      selfEvaluationLine ??= index + 1;
      index += 1;
      continue;
    }
    const parsed = parseDetected(lines, detected);
    documents.push(parsed.document);
    previous = detected.layout;
    index = Math.max(parsed.endIndex, index + 1);
  }
  if (documents.length === 0) throw noTargetTable(selfEvaluationLine);
  const completed = completeDocuments(documents, lines);
  if (invisible !== null) completed[0].warnings.unshift(invisible);
  return { documents: completed };
}

function parseDetected(lines: string[], detected: Exclude<DetectedTable, { kind: 'self-evaluation' }>): ParsedTable {
  if (detected.layout === 'jilin') return parseJilinProjectTable(lines, detected.index);
  if (detected.layout === 'lanshan') return parseLanshanProjectForms(lines, detected.index);
  if (detected.kind === 'department-targets') return parseDepartmentTargetsTable(lines, detected.index, detected.layout);
  return parseTwelveColumnProjectTable(lines, detected.index, detected.layout);
}

/** The document-wide facts (year, stated totals) go to the documents that lack them; then the checks run. */
function completeDocuments(documents: ImportedDocument[], lines: string[]): ImportedDocument[] {
  const year = findDocumentYear(lines);
  const stated = findStatedTotals(lines);
  let statedUsed = false;
  return documents.map((document) => {
    const withYear = { ...document, year: document.year ?? year };
    if (withYear.kind === 'department-targets') return checkDepartmentDocument(withYear);
    const hasStated = withYear.stated.projects !== null || withYear.stated.budget !== null;
    if (!hasStated && stated !== null && !statedUsed) {
      statedUsed = true;
      return checkProjectDocument({ ...withYear, stated: { ...withYear.stated, ...stated } });
    }
    return checkProjectDocument(withYear);
  });
}

function noTargetTable(selfEvaluationLine: number | null): ImportError {
  if (selfEvaluationLine !== null) {
    return new ImportError(
      'UNKNOWN_LAYOUT',
      `no performance-target table found; line ${selfEvaluationLine} starts a self-evaluation table ` +
        `(绩效自评表: 年度指标值 | 实际完成值 | 得分): import it with \`score\` instead`,
      selfEvaluationLine,
    );
  }
  return new ImportError('UNKNOWN_LAYOUT', `no performance-target table found; looked for ${KNOWN_LAYOUTS_DESCRIPTION}`);
}
