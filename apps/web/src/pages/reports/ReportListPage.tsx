import { PlusOutlined } from '@ant-design/icons';
import { serverPaging } from '../../shared/server-paging';
import { mustChoose } from '../../shared/must-choose';
import { App, Button, Card, DatePicker, Form, Modal, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { STATE_LABELS } from '../../features/evaluations/evaluation-states';
import { StateTag } from '../../features/evaluations/StateTag';
import {
  useOpenReport,
  useReportList,
  type OpenReport,
  type ReportListItem,
  type ReportQuery,
} from '../../features/execution/reports.queries';
import { periodLabel, REPORT_PERIODS } from '../../features/execution/report-periods';
import { useMe, type Me } from '../../features/me/me.queries';
import { useDepartmentChoices } from '../../features/org/department-choices';

const PAGE_SIZE = 50;

/** 监控报告: the units' 绩效运行监控报告 in scope, filtered and paged by the server. */
export default function ReportListPage() {
  const me = useMe().data!;
  const { choices } = useDepartmentChoices(me);
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [state, setState] = useState<ReportQuery['state']>(me.role === 'manager' ? 'submitted' : undefined);
  const [page, setPage] = useState(1);
  const list = useReportList({ departmentId, year, state, page, pageSize: PAGE_SIZE });
  const [creating, setCreating] = useState(false);

  return (
    <Card>
      <div style={{ display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
          监控报告
        </Typography.Title>
        {me.role === 'evaluator' && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建报告
          </Button>
        )}
      </div>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        {me.role !== 'evaluator' && (
          <Form.Item label="部门" htmlFor="report-department">
            <Select
              id="report-department"
              allowClear
              placeholder="全部"
              style={{ width: 260 }}
              value={departmentId}
              onChange={(value?: string) => {
                setDepartmentId(value);
                setPage(1);
              }}
              options={choices.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
        <Form.Item label="年度" htmlFor="report-year">
          <DatePicker
            id="report-year"
            picker="year"
            value={year ? dayjs(`${year}-01-01`) : null}
            onChange={(v) => {
              setYear(v ? v.year() : undefined);
              setPage(1);
            }}
          />
        </Form.Item>
        <Form.Item label="状态" htmlFor="report-state">
          <Select
            id="report-state"
            allowClear
            placeholder="全部"
            style={{ width: 120 }}
            value={state}
            onChange={(value) => {
              setState(value);
              setPage(1);
            }}
            options={Object.entries(STATE_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
      </Form>
      <Table<ReportListItem>
        aria-label="监控报告列表"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={serverPaging(page, PAGE_SIZE, list.data?.total, '份', setPage)}
        columns={[
          {
            title: '单位',
            render: (_, r) => <Link to={`/reports/${r.id}`}>{r.unit.name}</Link>,
          },
          { title: '部门', width: 260, render: (_, r) => r.department.name },
          { title: '年度', width: 80, dataIndex: 'fiscalYear' },
          { title: '期间', width: 100, render: (_, r) => periodLabel(r.period) },
          { title: '状态', width: 100, render: (_, r) => <StateTag state={r.state} /> },
          { title: '更新时间', width: 170, render: (_, r) => dayjs(r.updatedAt).format('YYYY-MM-DD HH:mm') },
        ]}
      />
      {creating && <OpenReportDialog me={me} onDone={() => setCreating(false)} />}
    </Card>
  );
}

/** 新建报告: a unit, year and period; the API opens the existing report when there is one. */
function OpenReportDialog({ me, onDone }: { me: Me; onDone: () => void }) {
  const open = useOpenReport();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ unitId: string; year: dayjs.Dayjs; period: OpenReport['period'] }>();
  return (
    <Modal
      open
      title="新建监控报告"
      okText="打开报告"
      cancelText="取消"
      confirmLoading={open.isPending}
      onOk={() => form.submit()}
      onCancel={onDone}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ unitId: me.units[0]?.id, year: dayjs().startOf('year'), period: 6 }}
        onFinish={async ({ unitId, year, period }) => {
          try {
            const report = await open.mutateAsync({ unitId, year: year.year(), period });
            await navigate(`/reports/${report.id}`);
          } catch (error) {
            void message.error(errorMessage(error));
          }
        }}
      >
        <Form.Item label="单位" name="unitId" rules={[mustChoose('请选择单位')]}>
          <Select options={me.units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item label="年度" name="year" rules={[mustChoose('请选择年度')]}>
          <DatePicker picker="year" allowClear={false} />
        </Form.Item>
        <Form.Item label="报告期间" name="period" rules={[mustChoose('请选择报告期间')]}>
          <Select options={REPORT_PERIODS.map((p) => ({ value: p, label: periodLabel(p) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
