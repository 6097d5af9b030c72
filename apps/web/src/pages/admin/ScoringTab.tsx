import { Alert, App, Button, Descriptions, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import {
  useScoringProfile,
  useSetScoringProfile,
  type ScoringProfileInput,
} from '../../features/admin/scoring-profiles.queries';
import { mustChoose } from '../../shared/must-choose';
import { applyFieldErrors } from '../../shared/field-errors';
import { DepartmentYearPicker } from './DepartmentYearPicker';

const PROFILES = [
  { value: 'jinkouhe', label: '金口河区自评口径（jinkouhe）' },
  { value: 'standard', label: '标准口径（standard）' },
];

const REVERSE_RULES = [
  { value: 'target-over-actual', label: '目标值 ÷ 实际值' },
  { value: 'relative-excess', label: '按超出比例扣分' },
];

type ProfileForm = Pick<ScoringProfileInput, 'profile'> & NonNullable<ScoringProfileInput['settings']>;

/** 评分规则: the scoring profile of a department-year; changing it rescores drafts and returned evaluations. */
export default function ScoringTab() {
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [year, setYear] = useState(dayjs().year() - 1);
  return (
    <div>
      <DepartmentYearPicker
        idPrefix="scoring"
        departmentId={departmentId}
        year={year}
        onDepartment={setDepartmentId}
        onYear={setYear}
      />
      {departmentId ? (
        <ProfileEditor key={`${departmentId}:${year}`} departmentId={departmentId} year={year} />
      ) : (
        <Typography.Text type="secondary">请选择部门</Typography.Text>
      )}
    </div>
  );
}

function ProfileEditor({ departmentId, year }: { departmentId: string; year: number }) {
  const { message } = App.useApp();
  const profile = useScoringProfile(departmentId, year);
  const set = useSetScoringProfile(departmentId, year);
  const [form] = Form.useForm<ProfileForm>();
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    if (profile.data) form.setFieldsValue({ profile: profile.data.profile, ...profile.data.settings });
  }, [profile.data, form]);

  if (!profile.data) return null;
  const current = profile.data;

  const submit = async ({ profile: chosen, reverseRule, overAchievementPercent }: ProfileForm) => {
    try {
      const result = await set.mutateAsync({
        version: current.version,
        profile: chosen,
        settings: { reverseRule, overAchievementPercent: overAchievementPercent?.trim() || undefined },
      });
      setNote(
        `已保存。重新评分 ${result.rescore.rescored} 份（总分变化 ${result.rescore.changedTotals} 份）；已提交 ${result.rescore.kept.submitted} 份、已通过 ${result.rescore.kept.approved} 份保持原口径。${result.rescore.note}`,
      );
    } catch (error) {
      if (!(error instanceof ApiError && applyFieldErrors(form, error)))
        void message.error(errorMessage(error));
    }
  };

  return (
    <div style={{ maxWidth: 720 }}>
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="当前口径">{current.title}</Descriptions.Item>
        <Descriptions.Item label="来源">{current.source === 'stored' ? '已设置' : '默认'}</Descriptions.Item>
      </Descriptions>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label="评分口径" name="profile" rules={[mustChoose('请选择评分口径')]}>
          <Radio.Group options={PROFILES} />
        </Form.Item>
        <Form.Item label="反向指标计分" name="reverseRule">
          <Select allowClear options={REVERSE_RULES} placeholder="按口径默认" style={{ width: 260 }} />
        </Form.Item>
        <Form.Item label="超额完成上限（%）" name="overAchievementPercent">
          <Input style={{ width: 160 }} placeholder="按口径默认" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={set.isPending}>
          保存评分规则
        </Button>
      </Form>
      {note && <Alert type="success" showIcon style={{ marginTop: 12 }} message={note} />}
    </div>
  );
}
