import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../../api/api-error';
import { login } from '../../features/me/auth-api';
import { ChangePasswordForm } from './ChangePasswordForm';
import styles from './login.module.css';

interface Credentials {
  username: string;
  password: string;
}

/** 登录: a locked account and the rate limit say so; a first login or an expired password goes on to 修改密码. */
export default function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const endedBecause = (location.state as { message?: string } | null)?.message;
  const [error, setError] = useState<{ title: string; detail?: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [mustChange, setMustChange] = useState<{ username: string; expired: boolean } | null>(null);

  const enter = async () => {
    queryClient.clear();
    await navigate('/', { replace: true });
  };

  const submit = async ({ username, password }: Credentials) => {
    setPending(true);
    setError(null);
    try {
      const result = await login(username, password);
      if (result.mustChangePassword) setMustChange({ username, expired: result.passwordExpired });
      else await enter();
    } catch (caught) {
      setError(describeLoginError(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <main className={styles.page}>
      <Card className={styles.card}>
        <Typography.Title level={1} className={styles.title}>
          预算绩效管理系统
        </Typography.Title>
        {mustChange ? (
          <ChangePasswordForm
            username={mustChange.username}
            reason={mustChange.expired ? '密码已过期，请设置新密码' : '首次登录，请修改初始密码'}
            onChanged={enter}
          />
        ) : (
          <>
            {endedBecause && !error && (
              <Alert type="warning" showIcon message={endedBecause} className={styles.alert} />
            )}
            {error && (
              <Alert
                type="error"
                showIcon
                role="alert"
                message={error.title}
                description={error.detail}
                className={styles.alert}
              />
            )}
            <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} size="large">
              <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={pending}>
                登录
              </Button>
            </Form>
          </>
        )}
      </Card>
    </main>
  );
}

/**
 * The rate limit is named as such: the user must know to wait, not to retype. A locked account answers
 * exactly as a wrong password does (the API tells an attacker nothing), so the refusal says that repeated
 * failures lock the account for a while.
 */
function describeLoginError(error: unknown): { title: string; detail?: string } {
  if (!(error instanceof ApiError)) return { title: errorMessage(error) };
  if (error.code === 'AUTH.INVALID_CREDENTIALS') {
    return {
      title: error.message,
      detail: '连续多次输入错误后账号将被临时锁定，请稍后再试或联系管理员解除锁定。',
    };
  }
  if (error.status === 429) return { title: '登录尝试过于频繁', detail: error.message };
  return { title: error.message };
}
