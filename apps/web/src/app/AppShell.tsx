import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { sessionStore } from '../auth/session-store';
import { logout } from '../features/me/auth-api';
import { useMe, type Me } from '../features/me/me.queries';
import { ROLE_LABELS } from '../features/me/roles';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { canOpen, homeOf, NAVIGATION } from './access';
import { PageLoading } from './PageLoading';
import styles from './shell.module.css';

/** The frame of every signed-in page: navigation by role, who is signed in, 通知 and 退出. */
export default function AppShell() {
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();

  if (!sessionStore.get()) return <Navigate to="/login" replace />;
  if (me.isPending) return <Spin fullscreen tip="加载中" />;
  if (!me.data) return <Navigate to="/login" replace />;
  const user = me.data;
  if (!canOpen(user.role, location.pathname)) return <Navigate to={homeOf(user.role)} replace />;

  const entries = NAVIGATION.filter((e) => e.roles.includes(user.role));
  const selected = entries.find((e) => location.pathname.startsWith(e.path))?.path;

  return (
    <Layout className={styles.layout}>
      <Layout.Header className={styles.header}>
        <Typography.Text className={styles.brand}>预算绩效管理系统</Typography.Text>
        <nav aria-label="主导航" className={styles.nav}>
          <Menu
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            items={entries.map((e) => ({ key: e.path, label: e.label }))}
            onClick={({ key }) => void navigate(key)}
          />
        </nav>
        <Space size="middle" className={styles.user}>
          <NotificationBell />
          <WhoAmI user={user} />
          <Button
            type="text"
            icon={<LogoutOutlined />}
            onClick={async () => {
              await logout();
              await navigate('/login', { replace: true });
            }}
          >
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content className={styles.content}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}

/** The user's name, role and the units or departments they work for. */
function WhoAmI({ user }: { user: Me }) {
  const scope = (user.role === 'evaluator' ? user.units : user.departments).map((s) => s.name).join('、');
  return (
    <span aria-label="当前用户">
      {user.displayName || user.username} <Tag color="blue">{ROLE_LABELS[user.role]}</Tag>
      {scope && <span>{scope}</span>}
    </span>
  );
}
