import { Button, Card, Empty } from 'antd';
import styles from './evaluation.module.css';
import type { Finding } from '../../features/evaluations/evaluations.queries';
import { focusRow, rowAnchor } from './IndicatorTable';

/** Where a finding or a failed check points: its indicator row, or the 预算执行率 row. */
export function anchorOf(finding: Finding): string {
  return typeof finding.row === 'number' ? rowAnchor(finding.row) : rowAnchor('execution');
}

/** The field a finding asks for: its reason when a deduction is unexplained, else the entered value. */
const fieldOf = (finding: Finding) =>
  finding.code === 'REASON_MISSING' || finding.code === 'UNDER_EXECUTED' ? '扣分原因' : undefined;

/** Findings (and failed submission checks) as links that jump to their rows. */
export function FindingList({ findings, label }: { findings: readonly Finding[]; label: string }) {
  return (
    <ul aria-label={label} className={styles.findings}>
      {findings.map((finding, i) => (
        <li key={`${finding.code}-${finding.row ?? finding.indicator ?? i}`}>
          <Button
            type="link"
            className={styles.findingLink}
            onClick={() => focusRow(anchorOf(finding), fieldOf(finding))}
          >
            {finding.message}
          </Button>
        </li>
      ))}
    </ul>
  );
}

export function FindingsPanel({ findings }: { findings: readonly Finding[] }) {
  return (
    <Card size="small" title={`检查结果（${findings.length}）`}>
      {findings.length === 0 ? (
        <Empty description="没有发现问题" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <FindingList findings={findings} label="检查结果" />
      )}
    </Card>
  );
}
