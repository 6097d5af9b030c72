import { DownloadOutlined } from '@ant-design/icons';
import { serverPaging } from '../../shared/server-paging';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import {
  exportFlags,
  useAnswerFlag,
  useCloseFlag,
  useFlagList,
  type FlagAnswer,
  type FlagListItem,
  type FlagQuery,
} from '../../features/execution/flag-list.queries';
import {
  FLAG_CODE_LABELS,
  FLAG_STATUS_LABELS,
  flagSubject,
  MEASURES,
  SEVERITY_LABELS,
} from '../../features/execution/flag-labels';
import { Light } from '../../features/execution/Light';
import { mustChoose } from '../../shared/must-choose';
import { applyFieldErrors } from '../../shared/field-errors';

const PAGE_SIZE = 20;

interface Props {
  departmentId: string | undefined;
  year: number;
  /** 关闭 is for reviewers (managers, administrators). */
  canClose: boolean;
}

/** 预警: the flags of the scope, paged and filtered by the server; 答复, 关闭 and 导出. */
export function FlagsPanel({ departmentId, year, canClose }: Props) {
  const { message } = App.useApp();
  const [status, setStatus] = useState<FlagQuery['status']>('open');
  const [code, setCode] = useState<FlagQuery['code']>();
  const [page, setPage] = useState(1);
  const query: FlagQuery = {
    year,
    departmentId,
    status,
    code,
    sort: 'severity',
    order: 'desc',
    page,
    pageSize: PAGE_SIZE,
  };
  const flags = useFlagList(query);
  const [answering, setAnswering] = useState<FlagListItem | null>(null);
  const [closing, setClosing] = useState<FlagListItem | null>(null);
  const [exporting, setExporting] = useState(false);

  return (
    <section aria-label="预警">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          预警
        </Typography.Title>
        <Form layout="inline">
          <Form.Item label="预警状态" htmlFor="flag-status">
            <Select
              id="flag-status"
              allowClear
              placeholder="全部"
              style={{ width: 120 }}
              value={status}
              onChange={(value) => {
                setStatus(value);
                setPage(1);
              }}
              options={Object.entries(FLAG_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item label="预警类型" htmlFor="flag-code">
            <Select
              id="flag-code"
              allowClear
              placeholder="全部"
              style={{ width: 160 }}
              value={code}
              onChange={(value) => {
                setCode(value);
                setPage(1);
              }}
              options={Object.entries(FLAG_CODE_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={async () => {
              setExporting(true);
              try {
                await exportFlags(query);
              } catch (error) {
                void message.error(errorMessage(error));
              } finally {
                setExporting(false);
              }
            }}
          >
            导出预警
          </Button>
        </Form>
      </Space>
      <Table<FlagListItem>
        aria-label="预警列表"
        rowKey="id"
        size="small"
        loading={flags.isPending}
        dataSource={flags.data?.items ?? []}
        pagination={serverPaging(page, PAGE_SIZE, flags.data?.total, '条预警', setPage)}
        columns={[
          { title: '颜色', width: 90, render: (_, f) => <Light colour={f.colour} /> },
          { title: '对象', width: 260, render: (_, f) => flagSubject(f) },
          { title: '类型', width: 130, render: (_, f) => FLAG_CODE_LABELS[f.code] ?? f.code },
          { title: '程度', width: 70, render: (_, f) => SEVERITY_LABELS[f.severity] ?? f.severity },
          { title: '说明', render: (_, f) => f.message },
          {
            title: '答复',
            width: 220,
            render: (_, f) =>
              f.measure ? (
                <span>
                  <Tag>{f.measure}</Tag>
                  {f.reason}
                  {f.correctiveAction && <div>整改措施：{f.correctiveAction}</div>}
                </span>
              ) : (
                '—'
              ),
          },
          { title: '状态', width: 80, render: (_, f) => FLAG_STATUS_LABELS[f.status] ?? f.status },
          {
            title: '操作',
            width: 140,
            render: (_, f) =>
              f.status === 'closed' ? null : (
                <Space size={4}>
                  <Button size="small" aria-label={`答复：${flagSubject(f)}`} onClick={() => setAnswering(f)}>
                    答复
                  </Button>
                  {canClose && (
                    <Button size="small" aria-label={`关闭：${flagSubject(f)}`} onClick={() => setClosing(f)}>
                      关闭
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {answering && <AnswerDialog flag={answering} onDone={() => setAnswering(null)} />}
      {closing && <CloseDialog flag={closing} onDone={() => setClosing(null)} />}
    </section>
  );
}

/** 答复预警: 原因说明, 处理方式 and 整改措施; the server's refusals land on their fields. */
function AnswerDialog({ flag, onDone }: { flag: FlagListItem; onDone: () => void }) {
  const { message } = App.useApp();
  const answer = useAnswerFlag();
  const [form] = Form.useForm<FlagAnswer>();
  const submit = async (values: FlagAnswer) => {
    try {
      await answer.mutateAsync({
        id: flag.id,
        answer: {
          reason: values.reason.trim(),
          measure: values.measure,
          correctiveAction: values.correctiveAction?.trim() || undefined,
        },
      });
      void message.success('已答复');
      onDone();
    } catch (error) {
      if (!(error instanceof ApiError && applyFieldErrors(form, error)))
        void message.error(errorMessage(error));
    }
  };
  return (
    <Modal
      open
      title="答复预警"
      okText="提交答复"
      cancelText="取消"
      confirmLoading={answer.isPending}
      onOk={() => form.submit()}
      onCancel={onDone}
    >
      <Typography.Paragraph>
        {flagSubject(flag)}：{flag.message}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          reason: flag.reason ?? '',
          measure: flag.measure ?? undefined,
          correctiveAction: flag.correctiveAction ?? '',
        }}
      >
        <Form.Item
          label="原因说明"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写原因说明' }]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount autoFocus />
        </Form.Item>
        <Form.Item label="处理方式" name="measure" rules={[mustChoose('请选择处理方式')]}>
          <Select options={MEASURES.map((m) => ({ value: m, label: m }))} placeholder="请选择" />
        </Form.Item>
        <Form.Item label="整改措施" name="correctiveAction">
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 关闭预警, with an optional 关闭说明. */
function CloseDialog({ flag, onDone }: { flag: FlagListItem; onDone: () => void }) {
  const { message } = App.useApp();
  const close = useCloseFlag();
  const [form] = Form.useForm<{ note?: string }>();
  const submit = async ({ note }: { note?: string }) => {
    try {
      await close.mutateAsync({ id: flag.id, note: note?.trim() || undefined });
      void message.success('已关闭');
      onDone();
    } catch (error) {
      if (!(error instanceof ApiError && applyFieldErrors(form, error)))
        void message.error(errorMessage(error));
    }
  };
  return (
    <Modal
      open
      title="关闭预警"
      okText="关闭预警"
      cancelText="取消"
      confirmLoading={close.isPending}
      onOk={() => form.submit()}
      onCancel={onDone}
    >
      <Typography.Paragraph>
        {flagSubject(flag)}：{flag.message}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label="关闭说明" name="note">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
