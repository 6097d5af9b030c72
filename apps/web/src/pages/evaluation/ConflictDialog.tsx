import { Button, List, Modal, Typography } from 'antd';
import type { Scorecard } from '../../features/evaluations/evaluations.queries';
import { savedValue } from './evaluation-draft';

interface Props {
  /** The scorecard this editor started from, and the one the server holds now. */
  mine: Scorecard;
  theirs: Scorecard | null;
  onReload: () => void;
}

/** A field that differs between two scorecards, named as the table names it. */
function changes(mine: Scorecard, theirs: Scorecard): { label: string; before: string; after: string }[] {
  const paths: [string, string][] = [
    ['amounts.executed', '全年执行数'],
    ['goalActual', '实际完成情况'],
    ['executionDeductionReason', '扣分原因（预算执行率）'],
    ...mine.rows.flatMap((r): [string, string][] => [
      [`rows.${r.position}.actual`, `${r.level3}：实际完成值`],
      [`rows.${r.position}.deductionReason`, `${r.level3}：扣分原因`],
    ]),
  ];
  const result = paths
    .map(([path, label]) => ({ label, before: savedValue(mine, path), after: savedValue(theirs, path) }))
    .filter((c) => c.before !== c.after);
  if (mine.state !== theirs.state) result.push({ label: '状态', before: mine.state, after: theirs.state });
  return result;
}

/** 409: someone else saved first. Shows what they changed; 重新加载 takes their version (the edits here are dropped). */
export function ConflictDialog({ mine, theirs, onReload }: Props) {
  const changed = theirs ? changes(mine, theirs) : [];
  return (
    <Modal
      open
      title="数据已被他人修改"
      closable={false}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onReload}>
          重新加载
        </Button>
      }
    >
      <Typography.Paragraph>
        在您编辑期间，此自评表已被他人保存（版本 {mine.version} → {theirs?.version ?? '?'}
        ）。重新加载后将显示最新内容，您未保存的修改需要重新填写。
      </Typography.Paragraph>
      {changed.length > 0 && (
        <List
          size="small"
          header="对方修改的内容"
          dataSource={changed}
          renderItem={(c) => (
            <List.Item>
              <span>
                <strong>{c.label}</strong>：{c.before || '（空）'} → {c.after || '（空）'}
              </span>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}
