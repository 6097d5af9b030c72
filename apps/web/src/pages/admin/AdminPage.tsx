import { Card, Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';

const ImportTab = lazy(() => import('./ImportTab'));
const AccountsTab = lazy(() => import('./AccountsTab'));
const CalendarTab = lazy(() => import('./CalendarTab'));
const ScoringTab = lazy(() => import('./ScoringTab'));
const AuditTab = lazy(() => import('./AuditTab'));

const TABS = [
  { key: 'import', label: '导入', Tab: ImportTab },
  { key: 'accounts', label: '账号', Tab: AccountsTab },
  { key: 'calendar', label: '提醒日历', Tab: CalendarTab },
  { key: 'scoring', label: '评分规则', Tab: ScoringTab },
  { key: 'audit', label: '审计日志', Tab: AuditTab },
] as const;

/** 管理 (administrators): 导入, 账号, 提醒日历, 评分规则, 审计日志 — one tab each, each its own chunk and URL. */
export default function AdminPage() {
  const { tab } = useParams<{ tab?: string }>();
  const navigate = useNavigate();
  const active = TABS.find((t) => t.key === tab) ?? TABS[0];
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        管理
      </Typography.Title>
      <Tabs
        activeKey={active.key}
        onChange={(key) => void navigate(`/admin/${key}`)}
        destroyOnHidden
        items={TABS.map(({ key, label, Tab }) => ({
          key,
          label,
          children: (
            <Suspense fallback={<PageLoading />}>
              <Tab />
            </Suspense>
          ),
        }))}
      />
    </Card>
  );
}
