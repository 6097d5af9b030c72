import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Space,
  Table,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/api-error';
import { STATE_LABELS } from '../../features/evaluations/evaluation-states';
import { StateTag } from '../../features/evaluations/StateTag';
import { FLAG_CODE_LABELS } from '../../features/execution/flag-labels';
import { periodLabel } from '../../features/execution/report-periods';
import {
  useReport,
  useReportTransition,
  useSaveReport,
  type MonitoringReport,
  type ReportPatch,
  type ReportTransition,
} from '../../features/execution/reports.queries';
import { useMe } from '../../features/me/me.queries';
import { PageLoading } from '../../app/PageLoading';
import { applyFieldErrors } from '../../shared/field-errors';
import { ReviewDecision } from '../../shared/ReviewDecision';

type Project = MonitoringReport['figures']['projects'][number];

const ACTION_LABELS: Record<ReportTransition, string> = {
  submit: '提交',
  return: '退回',
  approve: '通过',
  reopen: '重新打开',
};

/** 绩效运行监控报告: the unit's figures as of the period, the written parts, and the review. */
export default function ReportPage() {
  const { id } = useParams<{ id: string }>();
  const me = useMe().data!;
  const report = useReport(id!);
  const transition = useReportTransition(id!);
  const { message } = App.useApp();

  if (report.isPending) return <PageLoading />;
  if (!report.data) return <Alert type="error" showIcon message={errorMessage(report.error)} />;
  const r = report.data;
  const editable = me.role === 'evaluator' && (r.state === 'draft' || r.state === 'returned');
  const lastReturn = [...r.transitions].reverse().find((t) => t.action === 'return');

  const decide = async (action: ReportTransition, comment?: string) => {
    try {
      await transition.mutateAsync({ action, version: r.version, comment });
      void message.success(`已${ACTION_LABELS[action]}`);
      return true;
    } catch (error) {
      void message.error(errorMessage(error));
      return false;
    }
  };

  return (
    <Card>
      <div
        role="toolbar"
        aria-label="报告操作"
        style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 16 }}
      >
        <Space align="center">
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            绩效运行监控报告
          </Typography.Title>
          <StateTag state={r.state} />
        </Space>
        <Space>
          {me.role === 'manager' && (
            <ReviewDecision state={r.state} noun="监控报告" pending={transition.isPending} decide={decide} />
          )}
          {editable && (
            <Button type="primary" loading={transition.isPending} onClick={() => void decide('submit')}>
              提交
            </Button>
          )}
        </Space>
      </div>
      {r.state === 'returned' && lastReturn?.comment && (
        <Alert
          type="warning"
          showIcon
          message={`退回意见：${lastReturn.comment}`}
          style={{ marginBottom: 16 }}
        />
      )}
      <Descriptions bordered size="small" column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="年度">{r.fiscalYear}</Descriptions.Item>
        <Descriptions.Item label="报告期间">{periodLabel(r.period)}</Descriptions.Item>
        <Descriptions.Item label="数据截至">{r.figures.asOf}</Descriptions.Item>
        <Descriptions.Item label="项目数">{r.figures.projects.length}</Descriptions.Item>
        <Descriptions.Item label="未关闭预警">{r.figures.openFlags}</Descriptions.Item>
        <Descriptions.Item label="状态">{STATE_LABELS[r.state]}</Descriptions.Item>
      </Descriptions>
      <Table<Project>
        aria-label="项目执行情况"
        rowKey={(p) => p.project.id}
        size="small"
        pagination={false}
        dataSource={r.figures.projects}
        style={{ marginBottom: 16 }}
        columns={[
          { title: '项目名称', render: (_, p) => p.project.name },
          {
            title: '预算数（万元）',
            width: 130,
            align: 'right',
            render: (_, p) => p.latest?.adjustedBudget ?? p.project.budget ?? '—',
          },
          {
            title: '累计执行数（万元）',
            width: 150,
            align: 'right',
            render: (_, p) => p.latest?.executed ?? '—',
          },
          { title: '截至日期', width: 110, render: (_, p) => p.latest?.asOf ?? '—' },
          {
            title: '预算执行率',
            width: 110,
            align: 'right',
            render: (_, p) => (p.latest?.rate ? `${p.latest.rate}%` : '—'),
          },
          {
            title: '预警',
            width: 260,
            render: (_, p) =>
              p.flags.length === 0 ? '—' : p.flags.map((f) => FLAG_CODE_LABELS[f.code] ?? f.code).join('、'),
          },
        ]}
      />
      <ReportText report={r} editable={editable} />
      {r.transitions.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            流转记录
          </Typography.Title>
          <Timeline
            items={r.transitions.map((t) => ({
              children: `${dayjs(t.at).format('YYYY-MM-DD HH:mm')} ${t.username} ${ACTION_LABELS[t.action]}${t.comment ? `：${t.comment}` : ''}`,
            }))}
          />
        </>
      )}
    </Card>
  );
}

type TextFields = Required<Pick<ReportPatch, 'progress' | 'deviationReasons' | 'measures'>>;

/** 进展情况 / 偏差原因 / 改进措施: written by the unit's evaluators while draft or returned. */
function ReportText({ report, editable }: { report: MonitoringReport; editable: boolean }) {
  const save = useSaveReport(report.id);
  const { message } = App.useApp();
  const [form] = Form.useForm<TextFields>();
  useEffect(() => {
    form.setFieldsValue({
      progress: report.progress,
      deviationReasons: report.deviationReasons,
      measures: report.measures,
    });
  }, [form, report]);

  const submit = async (values: TextFields) => {
    try {
      await save.mutateAsync({ version: report.version, ...values });
      void message.success('已保存');
    } catch (error) {
      if (!(error instanceof ApiError && applyFieldErrors(form, error)))
        void message.error(errorMessage(error));
    }
  };

  return (
    <Form form={form} layout="vertical" disabled={!editable} onFinish={(values) => void submit(values)}>
      <Form.Item label="进展情况" name="progress">
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item label="偏差原因" name="deviationReasons">
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item label="改进措施" name="measures">
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      {editable && (
        <Button htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      )}
    </Form>
  );
}
