import { DownloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Result, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/api-error';
import { PageLoading } from '../../app/PageLoading';
import { StateTag } from '../../features/evaluations/StateTag';
import {
  evaluationKeys,
  fetchScorecard,
  useSaveEvaluation,
  useScorecard,
  useTransition,
  useTransitions,
  type Finding,
  type Scorecard,
} from '../../features/evaluations/evaluations.queries';
import { useMe } from '../../features/me/me.queries';
import { MONEY_PATTERN } from './budget-rate';
import { ConflictDialog } from './ConflictDialog';
import { downloadScorecard } from './download';
import { fieldErrorsOf, patchOf, shownValue, useEvaluationDraft, type FieldPath } from './evaluation-draft';
import styles from './evaluation.module.css';
import { FieldInput } from './FieldInput';
import { FindingList, FindingsPanel } from './FindingsPanel';
import { IndicatorTable } from './IndicatorTable';
import { MoneyBlock } from './MoneyBlock';
import { ReviewActions } from './ReviewActions';

/** How long after the last keystroke a draft saves itself. */
const AUTOSAVE_MS = 3000;
const EDITABLE_STATES: readonly Scorecard['state'][] = ['draft', 'returned'];

/** 绩效自评表: the editor for evaluators, the read-only review view (with 通过/退回/重新打开) for managers. */
export default function EvaluationPage() {
  const { id } = useParams<{ id: string }>();
  const card = useScorecard(id!);
  if (card.isPending) return <PageLoading />;
  if (card.error)
    return <Result status="warning" title="无法打开自评表" subTitle={errorMessage(card.error)} />;
  return <EvaluationSheet key={card.data.id} card={card.data} />;
}

function EvaluationSheet({ card }: { card: Scorecard }) {
  const me = useMe().data!;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const draft = useEvaluationDraft();
  const save = useSaveEvaluation(card.id);
  const transition = useTransition(card.id);
  const transitions = useTransitions(card.id);
  const [conflict, setConflict] = useState<{ mine: Scorecard; theirs: Scorecard | null } | null>(null);
  const [failedChecks, setFailedChecks] = useState<Finding[] | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const saving = useRef<Promise<boolean> | null>(null);

  const editable = me.role === 'evaluator' && EDITABLE_STATES.includes(card.state);
  const reviewer = me.role === 'manager';
  const dirty = Object.keys(draft.edits).length > 0;
  const returnComment =
    card.state === 'returned'
      ? [...(transitions.data ?? [])].reverse().find((t) => t.toState === 'returned')
      : undefined;

  const current = useCallback(
    () => queryClient.getQueryData<Scorecard>(evaluationKeys.detail(card.id)) ?? card,
    [queryClient, card],
  );

  /** Saves the unsaved edits; false when refused (errors are then on their fields, or the 409 dialog is open). */
  const saveNow = useCallback(async (): Promise<boolean> => {
    if (saving.current) await saving.current;
    const sent = { ...draft.editsRef.current };
    if (Object.keys(sent).length === 0) return true;
    const clientErrors: Record<FieldPath, string> = {};
    for (const [path, value] of Object.entries(sent)) {
      if (path.startsWith('amounts.') && value.trim() !== '' && !MONEY_PATTERN.test(value.trim()))
        clientErrors[path] = '请输入金额（万元），最多两位小数，如 0.85';
    }
    if (Object.keys(clientErrors).length > 0) {
      draft.setErrors(clientErrors);
      return false;
    }
    const base = current();
    const patch = patchOf(base.version, sent);
    const run = (async () => {
      try {
        await save.mutateAsync(patch);
        draft.settle(sent);
        setSavedAt(new Date());
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          const theirs = await fetchScorecard(card.id).catch(() => null);
          setConflict({ mine: base, theirs });
        } else if (error instanceof ApiError && error.status === 400) {
          const errors = fieldErrorsOf(error, patch);
          draft.setErrors(errors);
          if (Object.keys(errors).length === 0) void message.error(error.message);
        } else {
          void message.error(errorMessage(error));
        }
        return false;
      }
    })();
    saving.current = run;
    try {
      return await run;
    } finally {
      saving.current = null;
    }
  }, [card.id, current, draft, message, save]);

  // Autosave: a draft saves itself a few seconds after the last change (not while its errors stand).
  useEffect(() => {
    if (!editable || !dirty || conflict || Object.keys(draft.errors).length > 0) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [editable, dirty, conflict, draft.edits, draft.errors, saveNow]);

  // Ctrl+S (⌘S) saves, as in a spreadsheet.
  useEffect(() => {
    if (!editable) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editable, saveNow]);

  const submit = async () => {
    setFailedChecks(null);
    if (!(await saveNow())) return;
    try {
      await transition.mutateAsync({ action: 'submit', version: current().version });
      void message.success('已提交审核');
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        setFailedChecks(Array.isArray(error.details.findings) ? (error.details.findings as Finding[]) : []);
      } else if (error instanceof ApiError && error.status === 409) {
        setConflict({ mine: current(), theirs: await fetchScorecard(card.id).catch(() => null) });
      } else {
        void message.error(errorMessage(error));
      }
    }
  };

  /** 重新加载: the server's version replaces the edits here; the dialog closes once it has arrived. */
  const reload = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: evaluationKeys.detail(card.id) }),
      queryClient.invalidateQueries({ queryKey: evaluationKeys.transitions(card.id) }),
    ]);
    draft.reset();
    setConflict(null);
  };

  return (
    <>
      <div className={styles.toolbar} role="toolbar" aria-label="自评表操作">
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0, flex: 1 }}>
          部门预算项目支出绩效自评表
        </Typography.Title>
        <StateTag state={card.state} />
        {editable && (
          <Typography.Text type="secondary" aria-live="polite">
            {save.isPending
              ? '正在保存…'
              : dirty
                ? '有未保存的修改'
                : savedAt
                  ? `已保存 ${savedAt.toLocaleTimeString('zh-CN')}`
                  : ''}
          </Typography.Text>
        )}
        {editable && (
          <>
            <Button
              icon={<SaveOutlined />}
              onClick={() => void saveNow()}
              loading={save.isPending}
              title="保存（Ctrl+S）"
            >
              保存
            </Button>
            <Button
              type="primary"
              icon={<SendOutlined />}
              onClick={() => void submit()}
              loading={transition.isPending}
            >
              提交
            </Button>
          </>
        )}
        {reviewer && <ReviewActions card={card} />}
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            downloadScorecard(card.id).catch((e: unknown) => void message.error(errorMessage(e)))
          }
        >
          下载自评表
        </Button>
      </div>

      {returnComment && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`已退回（${returnComment.username}，${new Date(returnComment.at).toLocaleString('zh-CN')}）`}
          description={<span>退回意见：{returnComment.comment}</span>}
        />
      )}
      {failedChecks && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message="提交未通过检查，请修改以下各项后再提交"
          description={
            failedChecks.length > 0 ? (
              <FindingList findings={failedChecks} label="未通过的检查" />
            ) : (
              '仍有指标未计分'
            )
          }
          closable
          onClose={() => setFailedChecks(null)}
        />
      )}

      <div className={styles.layout}>
        <Card>
          <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="项目名称" span={2}>
              {card.projectName}
            </Descriptions.Item>
            <Descriptions.Item label="主管部门">{card.competentDepartment ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="实施单位">{card.implementingUnit ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="年度">{card.year}</Descriptions.Item>
            <Descriptions.Item label="评分规则">{card.profile.title}</Descriptions.Item>
          </Descriptions>
          <MoneyBlock
            card={card}
            edits={draft.edits}
            errors={draft.errors}
            editable={editable}
            onChange={draft.edit}
          />
          <table className={styles.sheet} aria-label="年度总体目标">
            <thead>
              <tr>
                <th scope="col">年度总体目标</th>
                <th scope="col">预期目标</th>
                <th scope="col">实际完成情况</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">总体目标</th>
                <td style={{ width: '45%', whiteSpace: 'pre-wrap' }}>{card.goal.expected ?? '—'}</td>
                <td style={{ width: '45%' }}>
                  <FieldInput
                    path="goalActual"
                    label="实际完成情况"
                    value={shownValue(card, draft.edits, 'goalActual')}
                    error={draft.errors.goalActual}
                    editable={editable}
                    multiline
                    onChange={draft.edit}
                  />
                </td>
              </tr>
            </tbody>
          </table>
          <IndicatorTable
            card={card}
            edits={draft.edits}
            errors={draft.errors}
            editable={editable}
            onChange={draft.edit}
          />
        </Card>
        <aside className={styles.side} aria-label="检查结果与总分">
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="总分">
                <strong>{card.total ?? `（部分）${card.partialTotal}`}</strong>
              </Descriptions.Item>
              <Descriptions.Item label="等级">{card.grade ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="版本">{card.version}</Descriptions.Item>
            </Descriptions>
          </Card>
          <FindingsPanel findings={card.findings} />
        </aside>
      </div>
      {conflict && (
        <ConflictDialog mine={conflict.mine} theirs={conflict.theirs} onReload={() => void reload()} />
      )}
    </>
  );
}
