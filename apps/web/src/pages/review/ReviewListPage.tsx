import { Card, DatePicker, Form, Select, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { STATE_LABELS } from '../../features/evaluations/evaluation-states';
import { StateTag } from '../../features/evaluations/StateTag';
import {
  useEvaluationList,
  type EvaluationListItem,
  type EvaluationState,
} from '../../features/evaluations/evaluations.queries';
import { useMe } from '../../features/me/me.queries';
import { useDepartments, useUnitsOfDepartment } from '../../features/org/org.queries';
import { useLatestProjectYear } from '../../features/projects/projects.queries';
import { Decimal } from '../../shared/decimal';

const GRADES = ['优', '良', '中', '差'] as const;

/** 审核: the department's evaluations of a year, filtered by state, unit and grade, sortable by score. */
export default function ReviewListPage() {
  const me = useMe().data!;
  // A manager chooses among its own departments; an administrator among all of them.
  const departments = useDepartments(me.role === 'admin');
  const choices = me.role === 'admin' ? (departments.data?.items ?? []) : me.departments;
  const [chosenDepartment, setDepartment] = useState<string | undefined>();
  const departmentId = chosenDepartment ?? choices[0]?.id;
  const latestYear = useLatestProjectYear({ departmentId }).data;
  const [chosenYear, setYear] = useState<number | undefined>();
  const year = chosenYear ?? latestYear ?? new Date().getFullYear() - 1;
  const [state, setState] = useState<EvaluationState | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [grade, setGrade] = useState<string | undefined>();
  const list = useEvaluationList(departmentId, year);
  const units = useUnitsOfDepartment(departmentId);
  const unitName = new Map((units.data?.items ?? []).map((u) => [u.id, u.name]));

  const items = (list.data?.items ?? []).filter(
    (e) => (!state || e.state === state) && (!unitId || e.unitId === unitId) && (!grade || e.grade === grade),
  );
  const rollup = list.data?.rollup;

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        审核
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="部门" htmlFor="filter-department">
          <Select
            id="filter-department"
            style={{ width: 260 }}
            value={departmentId}
            onChange={(value: string) => {
              setDepartment(value);
              setUnitId(undefined);
            }}
            options={choices.map((d) => ({ value: d.id, label: d.name }))}
            loading={me.role === 'admin' && departments.isPending}
          />
        </Form.Item>
        <Form.Item label="年度" htmlFor="filter-year">
          <DatePicker
            id="filter-year"
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(v) => v && setYear(v.year())}
          />
        </Form.Item>
        <Form.Item label="状态" htmlFor="filter-state">
          <Select
            id="filter-state"
            allowClear
            placeholder="全部"
            style={{ width: 120 }}
            value={state}
            onChange={setState}
            options={Object.entries(STATE_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item label="单位" htmlFor="filter-unit">
          <Select
            id="filter-unit"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部"
            style={{ width: 240 }}
            value={unitId}
            onChange={setUnitId}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item label="等级" htmlFor="filter-grade">
          <Select
            id="filter-grade"
            allowClear
            placeholder="全部"
            style={{ width: 100 }}
            value={grade}
            onChange={setGrade}
            options={GRADES.map((g) => ({ value: g, label: g }))}
          />
        </Form.Item>
      </Form>
      {rollup && (
        <div style={{ display: 'flex', gap: 48, marginBottom: 16 }} aria-label="汇总">
          <Statistic title="自评项目数" value={list.data?.items.length ?? 0} />
          <Statistic title="平均得分" value={rollup.simpleMean.value ?? '—'} />
          <Statistic title="按预算加权平均得分" value={rollup.budgetWeightedMean.value ?? '—'} />
        </div>
      )}
      <Table<EvaluationListItem>
        rowKey="id"
        loading={list.isPending && Boolean(departmentId)}
        dataSource={items}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 项` }}
        columns={[
          {
            title: '项目名称',
            render: (_, e) => <Link to={`/evaluations/${e.id}`}>{e.projectName}</Link>,
          },
          { title: '单位', width: 220, render: (_, e) => (e.unitId ? (unitName.get(e.unitId) ?? '—') : '—') },
          {
            title: '状态',
            width: 100,
            render: (_, e) => <StateTag state={e.state} />,
          },
          {
            title: '预算执行率',
            width: 110,
            align: 'right',
            render: (_, e) => (e.executionRate ? `${e.executionRate}%` : '—'),
          },
          {
            title: '得分',
            width: 90,
            align: 'right',
            sorter: (a, b) => compareScores(a.total, b.total),
            render: (_, e) => e.total ?? '—',
          },
          { title: '等级', width: 70, render: (_, e) => e.grade ?? '—' },
        ]}
      />
    </Card>
  );
}

/** Exact comparison of decimal scores; a missing score sorts first. */
function compareScores(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return Decimal.parse(a).cmp(Decimal.parse(b));
}
