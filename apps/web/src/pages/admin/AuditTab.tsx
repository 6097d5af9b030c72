import { Button, DatePicker, Form, Input, Select, Table, Typography } from 'antd';
import { serverPaging } from '../../shared/server-paging';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuditLog, type AuditEntry, type AuditQuery } from '../../features/admin/audit.queries';

const PAGE_SIZE = 100;

interface Filters {
  username?: string;
  action?: string;
  objectType?: string;
  outcome?: AuditQuery['outcome'];
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** 审计日志: who did what to which object and when, with the outcome; filters and paging on the server. */
export default function AuditTab() {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const query: AuditQuery = {
    username: filters.username?.trim() || undefined,
    action: filters.action?.trim() || undefined,
    objectType: filters.objectType?.trim() || undefined,
    outcome: filters.outcome,
    from: filters.range?.[0]?.startOf('day').toISOString(),
    to: filters.range?.[1]?.add(1, 'day').startOf('day').toISOString(),
    page,
    pageSize: PAGE_SIZE,
  };
  const log = useAuditLog(query);

  return (
    <div>
      <Form<Filters>
        layout="inline"
        style={{ marginBottom: 12, rowGap: 8 }}
        onFinish={(values) => {
          setFilters(values);
          setPage(1);
        }}
      >
        <Form.Item label="用户名" name="username">
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="操作" name="action">
          <Input allowClear style={{ width: 200 }} placeholder="如 USER.CREATE" />
        </Form.Item>
        <Form.Item label="对象类型" name="objectType">
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="结果" name="outcome">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 100 }}
            options={[
              { value: 'success', label: '成功' },
              { value: 'failure', label: '失败' },
            ]}
          />
        </Form.Item>
        <Form.Item label="时间" name="range">
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form>
      <Table<AuditEntry>
        aria-label="审计日志"
        rowKey="id"
        size="small"
        loading={log.isPending}
        dataSource={log.data?.items ?? []}
        pagination={serverPaging(page, PAGE_SIZE, log.data?.total, '条', setPage)}
        columns={[
          { title: '时间', width: 170, render: (_, e) => dayjs(e.at).format('YYYY-MM-DD HH:mm:ss') },
          { title: '用户', width: 130, render: (_, e) => e.username ?? '系统' },
          { title: '操作', width: 240, dataIndex: 'action' },
          {
            title: '对象',
            width: 220,
            render: (_, e) => [e.objectType, e.objectId].filter(Boolean).join(' ') || '—',
          },
          { title: '结果', width: 70, render: (_, e) => (e.outcome === 'success' ? '成功' : '失败') },
          { title: '地址', width: 130, render: (_, e) => e.clientAddress ?? '—' },
          {
            title: '说明',
            render: (_, e) => (
              <Typography.Text ellipsis={{ tooltip: e.detail }}>{e.detail ?? '—'}</Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}
