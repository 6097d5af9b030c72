import { DatePicker, Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useDepartments } from '../../features/org/org.queries';

interface Props {
  idPrefix: string;
  departmentId: string | undefined;
  year: number;
  onDepartment: (id: string) => void;
  onYear: (year: number) => void;
}

/** 部门 and 年度: what the calendar and scoring tabs are set per. */
export function DepartmentYearPicker({ idPrefix, departmentId, year, onDepartment, onYear }: Props) {
  const departments = useDepartments();
  return (
    <Form layout="inline" style={{ marginBottom: 16 }}>
      <Form.Item label="部门" htmlFor={`${idPrefix}-department`}>
        <Select
          id={`${idPrefix}-department`}
          showSearch
          optionFilterProp="label"
          placeholder="请选择部门"
          style={{ width: 300 }}
          value={departmentId}
          onChange={onDepartment}
          loading={departments.isPending}
          options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item label="年度" htmlFor={`${idPrefix}-year`}>
        <DatePicker
          id={`${idPrefix}-year`}
          picker="year"
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(v) => v && onYear(v.year())}
        />
      </Form.Item>
    </Form>
  );
}
