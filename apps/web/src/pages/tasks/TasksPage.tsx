import { Alert, Button, Card, DatePicker, Form, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { NOT_STARTED } from '../../features/evaluations/evaluation-states';
import { StateTag } from '../../features/evaluations/StateTag';
import {
  useEvaluationList,
  useOpenEvaluation,
  type EvaluationListItem,
} from '../../features/evaluations/evaluations.queries';
import { useOpenFlagCounts } from '../../features/execution/flags.queries';
import { useMe } from '../../features/me/me.queries';
import { useUnit } from '../../features/org/org.queries';
import { useLatestProjectYear, useUnitProjects } from '../../features/projects/projects.queries';

/** 我的任务: the unit's projects of a year with their self-evaluation's state, open flags and the way in. */
export default function TasksPage() {
  const me = useMe().data!;
  const [unitId, setUnitId] = useState(me.units[0]?.id);
  const latestYear = useLatestProjectYear({ unitId }).data ?? null;
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? latestYear;
  const unit = useUnit(unitId);
  const projects = useUnitProjects(unitId, year);
  const evaluations = useEvaluationList(unit.data?.departmentId, year);
  const flags = useOpenFlagCounts(unitId, year);
  const open = useOpenEvaluation();
  const navigate = useNavigate();

  const byProject = new Map<string, EvaluationListItem>();
  for (const e of evaluations.data?.items ?? [])
    if (e.projectId && e.source === 'entered') byProject.set(e.projectId, e);

  const start = async (projectId: string) => {
    const card = await open.mutateAsync(projectId);
    await navigate(`/evaluations/${card.id}`);
  };

  const rows = (projects.data?.items ?? []).map((p) => ({ project: p, evaluation: byProject.get(p.id) }));

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        我的任务
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        {me.units.length > 1 && (
          <Form.Item label="单位" htmlFor="task-unit">
            <Select
              id="task-unit"
              value={unitId}
              onChange={setUnitId}
              style={{ width: 240 }}
              options={me.units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        <Form.Item label="年度" htmlFor="task-year">
          <DatePicker
            id="task-year"
            picker="year"
            allowClear={false}
            value={year ? dayjs(`${year}-01-01`) : null}
            onChange={(value) => setYear(value ? value.year() : null)}
          />
        </Form.Item>
        {unit.data && <Typography.Text type="secondary">{unit.data.name}</Typography.Text>}
      </Form>
      {open.error && (
        <Alert type="error" showIcon message={errorMessage(open.error)} style={{ marginBottom: 16 }} />
      )}
      <Table
        rowKey={(r) => r.project.id}
        loading={projects.isPending || evaluations.isPending}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: '项目名称', render: (_, r) => r.project.name },
          { title: '项目代码', render: (_, r) => r.project.code ?? '—', width: 220 },
          {
            title: '状态',
            width: 100,
            render: (_, r) =>
              r.evaluation ? <StateTag state={r.evaluation.state} /> : <Tag>{NOT_STARTED}</Tag>,
          },
          { title: '得分', width: 80, render: (_, r) => r.evaluation?.total ?? '—' },
          {
            title: '预警',
            width: 90,
            render: (_, r) => {
              const count = flags.data?.get(r.project.id) ?? 0;
              return count > 0 ? (
                <Tag color="red">{count} 项</Tag>
              ) : (
                <Typography.Text type="secondary">无</Typography.Text>
              );
            },
          },
          {
            title: '操作',
            width: 120,
            render: (_, r) => (
              <Space>
                <Button
                  type={r.evaluation ? 'default' : 'primary'}
                  loading={open.isPending && open.variables === r.project.id}
                  onClick={() => void start(r.project.id)}
                  aria-label={`${r.evaluation ? '继续填写' : '开始自评'}：${r.project.name}`}
                >
                  {r.evaluation ? '继续填写' : '开始自评'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
