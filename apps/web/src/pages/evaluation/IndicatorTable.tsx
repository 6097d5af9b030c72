import type { Scorecard, ScorecardRow } from '../../features/evaluations/evaluations.queries';
import { shownValue, type FieldPath } from './evaluation-draft';
import { FieldInput } from './FieldInput';
import styles from './evaluation.module.css';

interface Props {
  card: Scorecard;
  edits: Record<FieldPath, string>;
  errors: Record<FieldPath, string>;
  editable: boolean;
  onChange: (path: FieldPath, value: string) => void;
}

/** The element id of a row, which findings and failed checks link to. */
export const rowAnchor = (position: number | 'execution') => `row-${position}`;

/** How many rows each 一级/二级指标 cell spans: consecutive rows with the same group share one cell. */
function spans(rows: readonly ScorecardRow[], key: (row: ScorecardRow) => string): number[] {
  const result = rows.map(() => 0);
  let start = 0;
  rows.forEach((row, i) => {
    if (i === 0 || key(row) !== key(rows[start])) start = i;
    result[start] += 1;
  });
  return result;
}

/** 绩效指标: grouped by 一级/二级/三级指标, 实际完成值 and 扣分原因 entered, 得分 from the server. */
export function IndicatorTable({ card, edits, errors, editable, onChange }: Props) {
  const level1Spans = spans(card.rows, (r) => r.level1);
  const level2Spans = spans(card.rows, (r) => `${r.level1}/${r.level2}`);
  const rate = card.executionRate;
  return (
    <table className={styles.sheet} aria-label="绩效指标">
      <thead>
        <tr>
          <th scope="col">一级指标</th>
          <th scope="col">二级指标</th>
          <th scope="col">三级指标</th>
          <th scope="col">年度指标值</th>
          <th scope="col" className={styles.wide}>
            实际完成值
          </th>
          <th scope="col">分值</th>
          <th scope="col">得分</th>
          <th scope="col" className={styles.wide}>
            扣分原因
          </th>
        </tr>
      </thead>
      <tbody>
        <tr id={rowAnchor('execution')} tabIndex={-1}>
          <th scope="row" colSpan={3}>
            预算执行率
          </th>
          <td>100%</td>
          <td className={styles.number}>{rate.rate === null ? '—' : `${rate.rate}%`}</td>
          <td className={styles.number}>{rate.weight}</td>
          <td className={styles.score}>{rate.score ?? '—'}</td>
          <td className={styles.inputCell}>
            <FieldInput
              path="executionDeductionReason"
              label="扣分原因"
              value={shownValue(card, edits, 'executionDeductionReason')}
              error={errors.executionDeductionReason}
              editable={editable}
              multiline
              onChange={onChange}
            />
          </td>
        </tr>
        {card.rows.map((row, i) => {
          const actual = `rows.${row.position}.actual`;
          const reason = `rows.${row.position}.deductionReason`;
          return (
            <tr key={row.position} id={rowAnchor(row.position)} tabIndex={-1}>
              {level1Spans[i] > 0 && <td rowSpan={level1Spans[i]}>{row.level1}</td>}
              {level2Spans[i] > 0 && <td rowSpan={level2Spans[i]}>{row.level2}</td>}
              <th scope="row" className={styles.level3}>
                {row.level3}
              </th>
              <td>{row.target}</td>
              <td className={styles.inputCell}>
                <FieldInput
                  path={actual}
                  label="实际完成值"
                  value={shownValue(card, edits, actual)}
                  error={errors[actual]}
                  editable={editable}
                  onChange={onChange}
                />
              </td>
              <td className={styles.number}>{row.weight ?? '—'}</td>
              <td className={styles.score} title={row.reasonText}>
                {row.score ?? '—'}
              </td>
              <td className={styles.inputCell}>
                <FieldInput
                  path={reason}
                  label="扣分原因"
                  value={shownValue(card, edits, reason)}
                  error={errors[reason]}
                  editable={editable}
                  multiline
                  onChange={onChange}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={5}>
            总分
          </th>
          <td className={styles.number}>100</td>
          <td className={styles.score} aria-label="总分">
            {card.total ?? '—'}
          </td>
          <td aria-label="等级">等级：{card.grade ?? '—'}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * Scrolls to a row and puts the focus in the field to fix — `扣分原因` for a missing reason, else the
 * first field — or on the row itself when the table is read-only.
 */
export function focusRow(anchor: string, field?: string): void {
  const row = document.getElementById(anchor);
  if (!row) return;
  row.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const target =
    (field ? row.querySelector<HTMLElement>(`[aria-label="${field}"]`) : null) ??
    row.querySelector<HTMLElement>('input, textarea');
  (target ?? row).focus({ preventScroll: true });
}
