import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import { changePassword, login } from '../../features/me/auth-api';
import { brokenPasswordRules, refusedPasswordRules } from '../../features/me/password-check';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface Props {
  username: string;
  reason: string;
  onChanged: () => void | Promise<void>;
}

/** 修改密码: the policy's broken rules are listed under 新密码 (checked here, and as the server refuses). */
export function ChangePasswordForm({ username, reason, onChanged }: Props) {
  const [form] = Form.useForm<PasswordChange>();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async ({ currentPassword, newPassword }: PasswordChange) => {
    setPending(true);
    setError(null);
    try {
      await changePassword(currentPassword, newPassword);
      // The pending-change session only reaches change-password: sign in again with the new password.
      await login(username, newPassword);
      await onChanged();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'PASSWORD.POLICY_VIOLATED') {
        form.setFields([{ name: 'newPassword', errors: refusedPasswordRules(caught.details) }]);
      } else if (caught instanceof ApiError && caught.code === 'AUTH.INVALID_CREDENTIALS') {
        form.setFields([{ name: 'currentPassword', errors: [caught.message] }]);
      } else {
        setError(errorMessage(caught));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        修改密码
      </Typography.Title>
      <Alert type="info" showIcon message={reason} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Form<PasswordChange> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label="当前密码"
          name="currentPassword"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                const broken = brokenPasswordRules(value ?? '', username);
                if (broken.length > 0) throw new Error(broken.join('；'));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword'))
                  throw new Error('两次输入的新密码不一致');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={pending}>
          修改密码
        </Button>
      </Form>
    </>
  );
}
