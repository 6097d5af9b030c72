import { InboxOutlined } from '@ant-design/icons';
import { serverPaging } from '../../shared/server-paging';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Form,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import {
  commitSummary,
  previewDocuments,
  type PreviewDocument,
  type PreviewUnitTotal,
  type PreviewWarning,
} from '../../features/admin/import-report';
import {
  useCommitImport,
  useImportList,
  usePreviewImport,
  type ImportBatch,
} from '../../features/admin/imports.queries';
import { useDepartments } from '../../features/org/org.queries';

const PAGE_SIZE = 10;

/** 导入: upload a published table or the template → preview (warnings, stated totals) → 确认导入. */
export default function ImportTab() {
  const { message } = App.useApp();
  const departments = useDepartments();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const preview = usePreviewImport();
  const commit = useCommitImport();
  const [page, setPage] = useState(1);
  const history = useImportList(page, PAGE_SIZE);

  const upload = async (file: File) => {
    setFailure(null);
    setBatch(null);
    try {
      setBatch(await preview.mutateAsync({ file, departmentId, year }));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  const documents = batch ? previewDocuments(batch.report) : [];
  const committed = batch ? commitSummary(batch.changes) : null;

  return (
    <div>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="导入到部门" htmlFor="import-department" tooltip="不选：按文件所列部门">
          <Select
            id="import-department"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="按文件所列部门"
            style={{ width: 280 }}
            value={departmentId}
            onChange={setDepartmentId}
            options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item label="年度" htmlFor="import-year" tooltip="文件未列年度时使用">
          <DatePicker
            id="import-year"
            picker="year"
            value={year ? dayjs(`${year}-01-01`) : null}
            onChange={(v) => setYear(v ? v.year() : undefined)}
          />
        </Form.Item>
      </Form>
      <Upload.Dragger
        accept=".txt,.xlsx,.csv"
        showUploadList={false}
        disabled={preview.isPending}
        beforeUpload={(file) => (void upload(file), false)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>点击或拖入绩效目标表（已发布的 .txt，或模板 .xlsx / .csv）</p>
      </Upload.Dragger>
      {preview.isPending && <Alert style={{ marginTop: 12 }} type="info" message="正在解析…" />}
      {failure && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon message="无法导入" description={failure} />
      )}

      {batch && (
        <section aria-label="导入预览" style={{ marginTop: 16 }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              导入预览：{batch.filename}
            </Typography.Title>
            {batch.status === 'previewed' ? (
              <Button
                type="primary"
                loading={commit.isPending}
                onClick={async () => {
                  try {
                    setBatch(await commit.mutateAsync(batch.id));
                    void message.success('已导入');
                  } catch (error) {
                    void message.error(errorMessage(error));
                  }
                }}
              >
                确认导入
              </Button>
            ) : (
              <Tag color="green">已导入</Tag>
            )}
          </Space>
          {committed && (
            <Alert
              style={{ marginTop: 12 }}
              type="success"
              showIcon
              message={
                committed.unchanged
                  ? '导入完成：数据与已有的相同，未作修改'
                  : `导入完成：新增 ${committed.created} 个、更新 ${committed.updated} 个、未变 ${committed.same} 个项目；文件未列的 ${committed.missing} 个项目保留`
              }
            />
          )}
          {documents.map((d, i) => (
            <DocumentPreview key={i} document={d} />
          ))}
        </section>
      )}

      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
        导入记录
      </Typography.Title>
      <Table
        aria-label="导入记录"
        rowKey="id"
        size="small"
        loading={history.isPending}
        dataSource={history.data?.items ?? []}
        pagination={serverPaging(page, PAGE_SIZE, history.data?.total, '批', setPage)}
        columns={[
          { title: '文件', dataIndex: 'filename' },
          { title: '状态', width: 100, render: (_, b) => (b.status === 'committed' ? '已导入' : '仅预览') },
          { title: '上传时间', width: 170, render: (_, b) => dayjs(b.createdAt).format('YYYY-MM-DD HH:mm') },
          {
            title: '导入时间',
            width: 170,
            render: (_, b) => (b.committedAt ? dayjs(b.committedAt).format('YYYY-MM-DD HH:mm') : '—'),
          },
        ]}
      />
    </div>
  );
}

/** One document of the upload: what was read, the stated totals against the rows' sum, the warnings. */
function DocumentPreview({ document: d }: { document: PreviewDocument }) {
  const reconciled =
    d.statedBudget === null || d.summedBudget === null ? null : d.statedBudget === d.summedBudget;
  return (
    <div style={{ marginTop: 12 }}>
      <Descriptions
        bordered
        size="small"
        column={3}
        title={`${d.kind}：${d.department}${d.year ? `（${d.year}年）` : ''}`}
      >
        <Descriptions.Item label="项目数">{d.projects}</Descriptions.Item>
        <Descriptions.Item label="指标数">{d.indicators}</Descriptions.Item>
        <Descriptions.Item label="警告">{d.warnings.length}</Descriptions.Item>
        <Descriptions.Item label="各项目预算合计（万元）">{d.summedBudget ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="文件所列合计（万元）">
          {d.statedBudget ?? '未列'}
          {d.statedLine ? `（第 ${d.statedLine} 行）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="合计核对">
          {reconciled === null ? (
            '—'
          ) : reconciled ? (
            <Tag color="green">一致</Tag>
          ) : (
            <Tag color="red">不一致</Tag>
          )}
        </Descriptions.Item>
      </Descriptions>
      {d.units.length > 0 && (
        <Table<PreviewUnitTotal>
          aria-label="文件所列单位合计"
          style={{ marginTop: 8 }}
          size="small"
          pagination={false}
          rowKey={(u, i) => `${u.unitName}:${i}`}
          dataSource={d.units}
          columns={[
            { title: '单位', dataIndex: 'unitName' },
            { title: '文件所列合计（万元）', dataIndex: 'stated', align: 'right', width: 180 },
            { title: '行', width: 80, render: (_, u) => u.line ?? '—' },
            { title: '参与核对', width: 100, render: (_, u) => (u.checked ? '是' : '否') },
          ]}
        />
      )}
      {d.warnings.length > 0 && (
        <Table<PreviewWarning>
          aria-label="导入警告"
          style={{ marginTop: 8 }}
          size="small"
          rowKey={(w, i) => `${w.code}:${w.line}:${i}`}
          dataSource={d.warnings}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          columns={[
            { title: '行', width: 80, render: (_, w) => w.line ?? '—' },
            { title: '类型', width: 220, dataIndex: 'code' },
            { title: '说明', dataIndex: 'message' },
          ]}
        />
      )}
    </div>
  );
}
