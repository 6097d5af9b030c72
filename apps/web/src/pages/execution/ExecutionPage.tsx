import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { serverPaging } from '../../shared/server-paging';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import { useProjectHistories } from '../../features/execution/dashboard.queries';
import {
  downloadTemplate,
  rowProblems,
  useImportRecords,
  useRecordBulk,
  type RecordInput,
  type RowProblem,
} from '../../features/execution/records.queries';
import { useMe } from '../../features/me/me.queries';
import { useDepartmentChoices } from '../../features/org/department-choices';
import { useUnitsOfDepartment } from '../../features/org/org.queries';
import { useProjectPage } from '../../features/projects/project-page.queries';
import { useLatestProjectYear } from '../../features/projects/projects.queries';
import { asOfOf, cellKey, monthlyAmounts, MONTHS } from './month-grid';
import { isGridPaste, parseClipboardGrid } from './paste-grid';
import styles from './execution.module.css';

const PAGE_SIZE = 20;
const AMOUNT = /^\d+(\.\d{1,2})?$/;

/**
 * 执行进度: the cumulative amount (累计执行数, 万元) of each project at each month's end, in a grid typed
 * into or pasted from Excel; 保存 records the changed cells in one call. Template download and upload for
 * whole departments.
 */
export default function ExecutionPage() {
  const me = useMe().data!;
  const { message } = App.useApp();
  const { choices } = useDepartmentChoices(me);
  const [chosenDepartment, setDepartment] = useState<string | undefined>();
  const departmentId = chosenDepartment ?? choices[0]?.id;
  const units = useUnitsOfDepartment(me.role === 'evaluator' ? undefined : departmentId);
  const unitChoices =
    me.role === 'evaluator'
      ? me.units.filter((u) => u.departmentId === departmentId)
      : (units.data?.items ?? []);
  const [unitId, setUnitId] = useState<string | undefined>();
  const latestYear = useLatestProjectYear({ departmentId }).data;
  const [chosenYear, setYear] = useState<number | undefined>();
  const year = chosenYear ?? latestYear ?? dayjs().year();
  const [page, setPage] = useState(1);
  const projects = useProjectPage(
    { departmentId, unitId, year, page, pageSize: PAGE_SIZE },
    Boolean(departmentId),
  );
  const items = projects.data?.items ?? [];
  const histories = useProjectHistories(items.map((p) => p.id));
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [cellErrors, setCellErrors] = useState<Map<string, string>>(new Map());
  const [sheetProblems, setSheetProblems] = useState<RowProblem[]>([]);
  const bulk = useRecordBulk();
  const upload = useImportRecords();

  const recorded = items.map((p, i) => monthlyAmounts(histories[i]?.data));
  const editable = (month: number) => asOfOf(year, month) !== null;

  const edit = (changes: [string, string][]) => {
    setEdits((before) => {
      const next = new Map(before);
      for (const [key, value] of changes) next.set(key, value);
      return next;
    });
    setCellErrors((before) => {
      const next = new Map(before);
      for (const [key] of changes) next.delete(key);
      return next;
    });
  };

  /** A block pasted into a cell fills the grid rightwards and downwards from it. */
  const paste = (event: React.ClipboardEvent<HTMLInputElement>, rowIndex: number, month: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isGridPaste(text)) return;
    event.preventDefault();
    const changes: [string, string][] = [];
    parseClipboardGrid(text).forEach((cells, r) => {
      const project = items[rowIndex + r];
      if (!project) return;
      cells.forEach((value, c) => {
        const m = month + c;
        if (m <= 12 && editable(m)) changes.push([cellKey(project.id, m), value]);
      });
    });
    edit(changes);
  };

  const save = async () => {
    const records: { key: string; input: RecordInput }[] = [];
    const invalid = new Map<string, string>();
    items.forEach((project, i) => {
      for (const month of MONTHS) {
        const key = cellKey(project.id, month);
        const value = edits.get(key);
        if (value === undefined || value === (recorded[i].get(month) ?? '')) continue;
        if (!AMOUNT.test(value)) invalid.set(key, '请填写金额（万元，最多两位小数）');
        else
          records.push({
            key,
            input: { projectId: project.id, asOf: asOfOf(year, month)!, executed: value },
          });
      }
    });
    setCellErrors(invalid);
    if (invalid.size > 0 || records.length === 0) {
      if (records.length === 0 && invalid.size === 0) void message.info('没有需要保存的修改');
      return;
    }
    try {
      const result = await bulk.mutateAsync(records.map((r) => r.input));
      setEdits(new Map());
      void message.success(`已保存 ${result.records.length} 条执行记录`);
    } catch (error) {
      if (!(error instanceof ApiError)) return void message.error(errorMessage(error));
      const onCells = new Map<string, string>();
      for (const problem of rowProblems(error.details)) {
        const key = records[problem.index]?.key;
        if (key) onCells.set(key, problem.message);
      }
      for (const { field, messages } of error.fieldErrors) {
        const index = /^records(?:\.|\[)(\d+)/.exec(field)?.[1];
        const key = index === undefined ? undefined : records[Number(index)]?.key;
        if (key) onCells.set(key, messages.join('；'));
      }
      setCellErrors(onCells);
      void message.error(error.message);
    }
  };

  const importFile = async (file: File) => {
    setSheetProblems([]);
    try {
      const result = await upload.mutateAsync(file);
      void message.success(
        `已导入 ${result.records.length} 条执行记录${result.skipped ? `，跳过 ${result.skipped} 行空行` : ''}`,
      );
    } catch (error) {
      const problems = error instanceof ApiError ? rowProblems(error.details) : [];
      setSheetProblems(problems);
      if (problems.length === 0) void message.error(errorMessage(error));
    }
  };

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        执行进度
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="部门" htmlFor="execution-department">
          <Select
            id="execution-department"
            style={{ width: 260 }}
            value={departmentId}
            onChange={(value: string) => {
              setDepartment(value);
              setUnitId(undefined);
              setPage(1);
            }}
            options={choices.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item label="单位" htmlFor="execution-unit">
          <Select
            id="execution-unit"
            allowClear
            placeholder="全部单位"
            style={{ width: 240 }}
            value={unitId}
            onChange={(value?: string) => {
              setUnitId(value);
              setPage(1);
            }}
            options={unitChoices.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item label="年度" htmlFor="execution-year">
          <DatePicker
            id="execution-year"
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(v) => {
              if (!v) return;
              setYear(v.year());
              setEdits(new Map());
              setPage(1);
            }}
          />
        </Form.Item>
      </Form>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button
          type="primary"
          loading={bulk.isPending}
          disabled={edits.size === 0}
          onClick={() => void save()}
        >
          保存
        </Button>
        <Button disabled={edits.size === 0} onClick={() => (setEdits(new Map()), setCellErrors(new Map()))}>
          撤销修改
        </Button>
        <Button
          icon={<DownloadOutlined />}
          disabled={!departmentId}
          onClick={() => {
            const lastMonth = [...MONTHS].reverse().find(editable) ?? 12;
            downloadTemplate(departmentId!, year, asOfOf(year, lastMonth) ?? `${year}-12-31`).catch(
              (error: unknown) => void message.error(errorMessage(error)),
            );
          }}
        >
          下载模板
        </Button>
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(file) => (void importFile(file), false)}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending}>
            上传执行记录
          </Button>
        </Upload>
        <Typography.Text type="secondary">单元格可直接从 Excel 复制粘贴（累计执行数，万元）</Typography.Text>
      </Space>
      {sheetProblems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={`上传的文件有 ${sheetProblems.length} 处错误，未写入任何数据`}
          description={
            <Table<RowProblem>
              aria-label="上传错误"
              size="small"
              pagination={false}
              rowKey={(p) => `${p.row ?? p.index}:${p.field}`}
              dataSource={sheetProblems}
              columns={[
                { title: '行', width: 80, render: (_, p) => p.row ?? p.index + 1 },
                { title: '列', width: 180, render: (_, p) => p.field },
                { title: '问题', render: (_, p) => p.message },
              ]}
            />
          }
        />
      )}
      <Table
        aria-label="月度累计执行数"
        className={styles.grid}
        rowKey={(p) => p.id}
        size="small"
        bordered
        loading={projects.isPending && Boolean(departmentId)}
        dataSource={items}
        scroll={{ x: 1700 }}
        pagination={serverPaging(page, PAGE_SIZE, projects.data?.total, '个项目', (next) => {
          if (edits.size > 0) return void message.warning('请先保存或撤销本页的修改');
          setPage(next);
        })}
        columns={[
          { title: '项目名称', fixed: 'left', width: 240, render: (_, p) => p.name },
          { title: '预算数', fixed: 'left', width: 100, align: 'right', render: (_, p) => p.budget ?? '—' },
          ...MONTHS.map((month) => ({
            title: `${month}月`,
            width: 110,
            render: (_: unknown, project: (typeof items)[number], rowIndex: number) => {
              const key = cellKey(project.id, month);
              const problem = cellErrors.get(key);
              const value = edits.get(key) ?? recorded[rowIndex]?.get(month) ?? '';
              return (
                <div>
                  <Input
                    size="small"
                    aria-label={`${project.name} ${month}月累计执行数`}
                    aria-invalid={problem ? true : undefined}
                    status={problem ? 'error' : undefined}
                    className={edits.has(key) ? styles.changed : undefined}
                    disabled={!editable(month)}
                    value={value}
                    inputMode="decimal"
                    onChange={(e) => edit([[key, e.target.value.trim()]])}
                    onPaste={(e) => paste(e, rowIndex, month)}
                  />
                  {problem && (
                    <div role="alert" className={styles.cellError}>
                      {problem}
                    </div>
                  )}
                </div>
              );
            },
          })),
        ]}
      />
    </Card>
  );
}
