import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import { useCalendar, useSaveCalendar, type CalendarInput } from '../../features/admin/calendars.queries';
import { mustChoose } from '../../shared/must-choose';
import { applyFieldErrors } from '../../shared/field-errors';
import { DepartmentYearPicker } from './DepartmentYearPicker';

const KINDS = [
  { value: 'self-evaluation', label: '绩效自评' },
  { value: 'monitoring', label: '绩效运行监控' },
];

interface CalendarForm {
  deadlines: CalendarInput['deadlines'];
  leadDays: number[];
  escalationDays: number;
}

/** 提醒日历: a department-year's deadlines, reminder lead days and escalation. */
export default function CalendarTab() {
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [year, setYear] = useState(dayjs().year());
  return (
    <div>
      <DepartmentYearPicker
        idPrefix="calendar"
        departmentId={departmentId}
        year={year}
        onDepartment={setDepartmentId}
        onYear={setYear}
      />
      {departmentId ? (
        <CalendarEditor key={`${departmentId}:${year}`} departmentId={departmentId} year={year} />
      ) : (
        <Typography.Text type="secondary">请选择部门</Typography.Text>
      )}
    </div>
  );
}

function CalendarEditor({ departmentId, year }: { departmentId: string; year: number }) {
  const { message } = App.useApp();
  const calendar = useCalendar(departmentId, year);
  const save = useSaveCalendar(departmentId, year);
  const [form] = Form.useForm<CalendarForm>();

  useEffect(() => {
    if (calendar.data === undefined) return;
    form.setFieldsValue(
      calendar.data
        ? {
            deadlines: calendar.data.deadlines,
            leadDays: calendar.data.leadDays,
            escalationDays: calendar.data.escalationDays,
          }
        : { deadlines: [], leadDays: [7, 3, 1], escalationDays: 3 },
    );
  }, [calendar.data, form]);

  const submit = async (values: CalendarForm) => {
    try {
      // The contract types leadDays as strings (a documentation slip: the API validates integers), so the numbers go as they are.
      await save.mutateAsync({
        ...values,
        deadlines: values.deadlines ?? [],
        leadDays: values.leadDays as unknown as string[],
      });
      void message.success('已保存提醒日历');
    } catch (error) {
      if (!(error instanceof ApiError && applyFieldErrors(form, error)))
        void message.error(errorMessage(error));
    }
  };

  if (calendar.isPending) return null;
  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} style={{ maxWidth: 1100 }}>
      {calendar.data === null && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message="该部门本年度尚未设置提醒日历" />
      )}
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        截止日期
      </Typography.Title>
      <Form.List name="deadlines">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <Space key={key} align="start" wrap>
                <Form.Item
                  label="标识"
                  name={[name, 'key']}
                  rules={[{ required: true, message: '请填写标识' }]}
                >
                  <Input style={{ width: 140 }} placeholder="如 self-eval" />
                </Form.Item>
                <Form.Item label="类型" name={[name, 'kind']} rules={[mustChoose('请选择类型')]}>
                  <Select style={{ width: 150 }} options={KINDS} />
                </Form.Item>
                <Form.Item
                  label="名称"
                  name={[name, 'label']}
                  rules={[{ required: true, message: '请填写名称' }]}
                >
                  <Input style={{ width: 220 }} />
                </Form.Item>
                <Form.Item
                  label="截止日期"
                  name={[name, 'dueDate']}
                  rules={[{ required: true, message: '请填写截止日期' }]}
                >
                  <Input type="date" style={{ width: 160 }} />
                </Form.Item>
                <Form.Item label="数据截至" name={[name, 'coversThrough']}>
                  <Input type="date" style={{ width: 160 }} />
                </Form.Item>
                <Button
                  type="text"
                  aria-label={`删除第 ${name + 1} 个截止日期`}
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(name)}
                  style={{ marginTop: 30 }}
                />
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'self-evaluation' })}
              style={{ marginBottom: 16 }}
            >
              添加截止日期
            </Button>
          </>
        )}
      </Form.List>
      <Space size="large" align="start">
        <Form.Item
          label="提前提醒天数"
          name="leadDays"
          rules={[mustChoose('请填写提前提醒天数')]}
          normalize={(values: (string | number)[]) =>
            values.map(Number).filter((n) => Number.isInteger(n) && n >= 0)
          }
        >
          <Select mode="tags" style={{ width: 260 }} tokenSeparators={[',', '，', ' ']} />
        </Form.Item>
        <Form.Item
          label="逾期上报天数"
          name="escalationDays"
          rules={[{ required: true, message: '请填写逾期上报天数' }]}
        >
          <InputNumber min={0} max={366} precision={0} />
        </Form.Item>
      </Space>
      <div>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存提醒日历
        </Button>
      </div>
    </Form>
  );
}
