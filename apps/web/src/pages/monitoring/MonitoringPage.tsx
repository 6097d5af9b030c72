import { Card, Col, Empty, DatePicker, Form, Row, Select, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useEvaluationList } from '../../features/evaluations/evaluations.queries';
import { useDashboard, type DashboardGroup } from '../../features/execution/dashboard.queries';
import { useMe } from '../../features/me/me.queries';
import { useDepartmentChoices } from '../../features/org/department-choices';
import { useLatestProjectYear } from '../../features/projects/projects.queries';
import { EChart, type EChartOption } from '../../shared/EChart';
import { FlagsPanel } from './FlagsPanel';
import { ProjectStandings } from './ProjectStandings';

const GRADES = ['优', '良', '中', '差'] as const;
const GRADE_COLOURS = ['#237804', '#1f5fbf', '#d48806', '#c41d1f'];

/**
 * 绩效运行监控: execution per department (or one department by unit), each project's rate against
 * 序时进度 with its light and the checkpoint lines, grade distribution and means, and the flags to answer.
 */
export default function MonitoringPage() {
  const me = useMe().data!;
  const { choices, loading } = useDepartmentChoices(me);
  const [chosenDepartment, setDepartment] = useState<string | undefined>();
  const departmentId = chosenDepartment ?? (me.role === 'admin' ? undefined : choices[0]?.id);
  const latestYear = useLatestProjectYear({ departmentId: departmentId ?? choices[0]?.id }).data;
  const [chosenYear, setYear] = useState<number | undefined>();
  const year = chosenYear ?? latestYear ?? new Date().getFullYear();
  const dashboard = useDashboard(year, departmentId);
  // Only the roll-up (grades, mean and budget-weighted scores) is shown: one item a page is enough.
  const evaluations = useEvaluationList(departmentId ? { departmentId, year, pageSize: 1 } : null);
  const total = dashboard.data?.total;
  const rollup = evaluations.data?.rollup;
  const byUnit = dashboard.data?.groupedBy === 'unit';

  const rateOption = useMemo<EChartOption>(() => {
    const groups = dashboard.data?.groups ?? [];
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 24, top: 24, bottom: 72 },
      xAxis: {
        type: 'category',
        data: groups.map((g) => g.name),
        axisLabel: { interval: 0, rotate: groups.length > 4 ? 30 : 0, width: 120, overflow: 'truncate' },
      },
      yAxis: { type: 'value', name: '%', min: 0 },
      series: [
        {
          name: '预算执行率',
          type: 'bar',
          barMaxWidth: 40,
          data: groups.map((g) => (g.rate === null ? null : Number(g.rate))),
          itemStyle: { color: '#1f5fbf' },
        },
      ],
    };
  }, [dashboard.data]);

  const gradeOption = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          name: '等级分布',
          type: 'pie',
          radius: ['40%', '68%'],
          data: GRADES.map((grade, i) => ({
            name: grade,
            value: rollup?.grades?.[grade] ?? 0,
            itemStyle: { color: GRADE_COLOURS[i] },
          })),
        },
      ],
    }),
    [rollup],
  );

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        绩效运行监控
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="部门" htmlFor="monitoring-department">
          <Select
            id="monitoring-department"
            style={{ width: 280 }}
            value={departmentId}
            allowClear={me.role === 'admin'}
            placeholder="全部部门"
            onChange={(value?: string) => setDepartment(value)}
            options={choices.map((d) => ({ value: d.id, label: d.name }))}
            loading={loading}
          />
        </Form.Item>
        <Form.Item label="年度" htmlFor="monitoring-year">
          <DatePicker
            id="monitoring-year"
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(v) => v && setYear(v.year())}
          />
        </Form.Item>
      </Form>

      <section aria-label="汇总" style={{ display: 'flex', gap: 48, marginBottom: 16, flexWrap: 'wrap' }}>
        <Statistic title="项目数" value={total?.projects ?? '—'} />
        <Statistic title="预算数（万元）" value={total?.budget ?? '—'} />
        <Statistic title="执行数（万元）" value={total?.executed ?? '—'} />
        <Statistic title="预算执行率" value={total?.rate ? `${total.rate}%` : '—'} />
        <Statistic
          title="预警"
          value={total ? `${total.flags.byColour.red} 红 / ${total.flags.byColour.yellow} 黄` : '—'}
        />
        {departmentId && <Statistic title="平均得分" value={rollup?.simpleMean.value ?? '—'} />}
        {departmentId && (
          <Statistic title="按预算加权平均得分" value={rollup?.budgetWeightedMean.value ?? '—'} />
        )}
      </section>

      <Row gutter={24}>
        <Col span={departmentId ? 16 : 24}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {byUnit ? '各单位预算执行率' : '各部门预算执行率'}
          </Typography.Title>
          <EChart option={rateOption} label={byUnit ? '各单位预算执行率柱状图' : '各部门预算执行率柱状图'} />
        </Col>
        {departmentId && (
          <Col span={8}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              自评等级分布
            </Typography.Title>
            {rollup?.scored ? (
              <EChart option={gradeOption} label="自评等级分布图" />
            ) : (
              <Empty description="本年度尚无已评分的自评" />
            )}
          </Col>
        )}
      </Row>

      <Table<DashboardGroup>
        aria-label={byUnit ? '各单位执行情况' : '各部门执行情况'}
        rowKey={(g) => g.id ?? g.name}
        size="small"
        loading={dashboard.isPending}
        dataSource={dashboard.data?.groups ?? []}
        pagination={false}
        style={{ marginBottom: 24 }}
        columns={[
          { title: byUnit ? '单位' : '部门', dataIndex: 'name' },
          { title: '项目数', dataIndex: 'projects', align: 'right', width: 90 },
          { title: '已报执行数', dataIndex: 'projectsWithRecords', align: 'right', width: 110 },
          { title: '预算数（万元）', dataIndex: 'budget', align: 'right', width: 140 },
          { title: '执行数（万元）', dataIndex: 'executed', align: 'right', width: 140 },
          {
            title: '预算执行率',
            align: 'right',
            width: 110,
            render: (_, g) => (g.rate ? `${g.rate}%` : '—'),
          },
          { title: '红色预警', align: 'right', width: 100, render: (_, g) => g.flags.byColour.red },
          { title: '黄色预警', align: 'right', width: 100, render: (_, g) => g.flags.byColour.yellow },
        ]}
      />

      {departmentId && (
        <ProjectStandings
          departmentId={departmentId}
          year={year}
          units={byUnit ? (dashboard.data?.groups ?? []) : []}
        />
      )}
      <FlagsPanel departmentId={departmentId} year={year} canClose={me.role !== 'evaluator'} />
    </Card>
  );
}
