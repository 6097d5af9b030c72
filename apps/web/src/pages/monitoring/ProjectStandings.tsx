import { Form, Input, Select, Table, Typography } from 'antd';
import { serverPaging } from '../../shared/server-paging';
import { useState } from 'react';
import {
  useCheckpoints,
  useProjectHistories,
  type DashboardGroup,
} from '../../features/execution/dashboard.queries';
import { Light } from '../../features/execution/Light';
import { useProjectPage } from '../../features/projects/project-page.queries';
import { EChart, type EChartOption } from '../../shared/EChart';

const PAGE_SIZE = 10;

interface Props {
  departmentId: string;
  year: number;
  /** The department's units as the dashboard groups them (a filter for the list). */
  units: DashboardGroup[];
}

/**
 * Each project's 预算执行率 against 序时进度, its light (红灯 / 黄灯 / 绿灯) and the rule set's checkpoints
 * (时间节点) drawn as lines; paged by the server, one page at a time.
 */
export function ProjectStandings({ departmentId, year, units }: Props) {
  const [unitId, setUnitId] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const projects = useProjectPage({
    departmentId,
    unitId,
    year,
    q: q || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const items = projects.data?.items ?? [];
  const histories = useProjectHistories(items.map((p) => p.id));
  const checkpoints = useCheckpoints(departmentId, year).data ?? [];

  const rows = items.map((project, i) => ({
    project,
    standing: histories[i]?.data?.current ?? null,
    loading: histories[i]?.isPending,
  }));

  // Rebuilt on every render: a page holds ten projects, and the chart only redraws what changed.
  const option: EChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 120, top: 36, bottom: 80 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.project.name),
      axisLabel: { interval: 0, rotate: 30, width: 110, overflow: 'truncate' },
    },
    yAxis: { type: 'value', name: '%', min: 0 },
    series: [
      {
        name: '预算执行率',
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((r) => ({
          value: r.standing?.rate ? Number(r.standing.rate) : null,
          itemStyle: { color: LIGHT_COLOURS[r.standing?.light ?? 'none'] },
        })),
        markLine: {
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#595959' },
          label: { formatter: '{b}', position: 'end' },
          data: checkpoints.map((c) => ({ name: `${c.month}月末 ≥${c.minRate}%`, yAxis: Number(c.minRate) })),
        },
      },
      {
        name: '序时进度',
        type: 'line',
        symbol: 'diamond',
        symbolSize: 10,
        lineStyle: { opacity: 0 },
        itemStyle: { color: '#262626' },
        data: rows.map((r) => (r.standing?.timeProgress ? Number(r.standing.timeProgress) : null)),
      },
    ],
  };

  return (
    <section aria-label="项目执行进度">
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        项目执行进度（预算执行率与序时进度）
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        {units.length > 0 && (
          <Form.Item label="单位" htmlFor="standings-unit">
            <Select
              id="standings-unit"
              allowClear
              placeholder="全部单位"
              style={{ width: 260 }}
              value={unitId}
              onChange={(value?: string) => {
                setUnitId(value);
                setPage(1);
              }}
              options={units.filter((u) => u.id).map((u) => ({ value: u.id!, label: u.name }))}
            />
          </Form.Item>
        )}
        <Form.Item label="项目" htmlFor="standings-q">
          <Input.Search
            id="standings-q"
            allowClear
            placeholder="名称或编码"
            style={{ width: 240 }}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
          />
        </Form.Item>
      </Form>
      {checkpoints.length > 0 && (
        <Typography.Paragraph type="secondary">
          时间节点：{checkpoints.map((c) => `${c.month}月末累计执行率不低于${c.minRate}%`).join('；')}
        </Typography.Paragraph>
      )}
      <EChart option={option} label="项目预算执行率与序时进度对比图" height={340} />
      <Table
        aria-label="项目执行进度"
        rowKey={(r) => r.project.id}
        size="small"
        loading={projects.isPending}
        dataSource={rows}
        pagination={serverPaging(page, PAGE_SIZE, projects.data?.total, '个项目', setPage)}
        style={{ marginBottom: 24 }}
        columns={[
          { title: '项目名称', render: (_, r) => r.project.name },
          {
            title: '预算数（万元）',
            align: 'right',
            width: 130,
            render: (_, r) => r.standing?.budget ?? r.project.budget ?? '—',
          },
          {
            title: '执行数（万元）',
            align: 'right',
            width: 130,
            render: (_, r) => r.standing?.executed ?? '—',
          },
          { title: '截至日期', width: 110, render: (_, r) => r.standing?.asOf ?? '—' },
          {
            title: '预算执行率',
            align: 'right',
            width: 110,
            render: (_, r) => (r.standing?.rate ? `${r.standing.rate}%` : '—'),
          },
          {
            title: '序时进度',
            align: 'right',
            width: 100,
            render: (_, r) => (r.standing?.timeProgress ? `${r.standing.timeProgress}%` : '—'),
          },
          {
            title: '进度灯',
            width: 100,
            render: (_, r) =>
              r.loading ? '…' : r.standing?.yearEnd ? '年末' : <Light colour={r.standing?.light ?? null} />,
          },
          {
            title: '时间节点',
            width: 170,
            render: (_, r) => {
              const checkpoint = r.standing?.checkpoint;
              if (!checkpoint) return '—';
              return `${checkpoint.month}月末 ≥${checkpoint.minRate}%：${checkpoint.met ? '已达到' : '未达到'}`;
            },
          },
        ]}
      />
    </section>
  );
}

const LIGHT_COLOURS: Record<string, string> = {
  red: '#cf1322',
  yellow: '#d48806',
  green: '#389e0d',
  none: '#8c8c8c',
};
