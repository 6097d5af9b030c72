import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { sessionStore } from '../auth/session-store';
import { useMe } from '../features/me/me.queries';
import { homeOf } from './access';
import { PageLoading } from './PageLoading';

dayjs.locale('zh-cn');

// One chunk per page: the login page loads only what it needs (antd's table and the editor come later).
const LoginPage = lazy(() => import('../pages/login/LoginPage'));
const AppShell = lazy(() => import('./AppShell'));
const TasksPage = lazy(() => import('../pages/tasks/TasksPage'));
const EvaluationPage = lazy(() => import('../pages/evaluation/EvaluationPage'));
const ReviewListPage = lazy(() => import('../pages/review/ReviewListPage'));

// 绩效运行监控, 监控报告, 执行进度, 管理
const MonitoringPage = lazy(() => import('../pages/monitoring/MonitoringPage'));
const ReportListPage = lazy(() => import('../pages/reports/ReportListPage'));
const ReportPage = lazy(() => import('../pages/reports/ReportPage'));
const ExecutionPage = lazy(() => import('../pages/execution/ExecutionPage'));
const AdminPage = lazy(() => import('../pages/admin/AdminPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused or missing resource is an answer, not a network hiccup to retry.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** `/`: each role's own home. */
function Home() {
  const me = useMe();
  if (!me.data) return <PageLoading />;
  return <Navigate to={homeOf(me.data.role)} replace />;
}

/** When the session ends (idle timeout, refused refresh) every page goes back to login, with the reason. */
function SessionEndListener() {
  const navigate = useNavigate();
  useEffect(
    () =>
      sessionStore.onEnd((end) => {
        queryClient.clear();
        void navigate('/login', { replace: true, state: { message: end.message } });
      }),
    [navigate],
  );
  return null;
}

function Root({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SessionEndListener />
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </>
  );
}

const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Root>
        <LoginPage />
      </Root>
    ),
  },
  {
    element: (
      <Root>
        <AppShell />
      </Root>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'tasks', element: <TasksPage /> },
      { path: 'evaluations', element: <Home /> },
      { path: 'evaluations/:id', element: <EvaluationPage /> },
      { path: 'review', element: <ReviewListPage /> },
      // Notifications of review requests link here; the editor shows a manager the read-only review view.
      { path: 'review/evaluations/:id', element: <EvaluationPage /> },
      { path: 'monitoring', element: <MonitoringPage /> },
      { path: 'reports', element: <ReportListPage /> },
      { path: 'reports/:id', element: <ReportPage /> },
      { path: 'execution', element: <ExecutionPage /> },
      { path: 'admin/:tab?', element: <AdminPage /> },
      // The API's notification links (reminder-message link.web) for reports and flags.
      { path: 'monitoring/reports', element: <ReportListPage /> },
      { path: 'monitoring/reports/:id', element: <ReportPage /> },
      { path: 'monitoring/flags/:id', element: <MonitoringPage /> },
      { path: '*', element: <Home /> },
    ],
  },
]);

/**
 * antd's default greys, links and error red fall short of WCAG AA contrast (4.5:1) on white; these
 * darker ones pass axe's color-contrast rule on every screen.
 */
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    colorLink: '#1f5fbf',
    colorLinkHover: '#174b99',
    colorLinkActive: '#103a78',
    colorError: '#c41d1f',
    colorTextSecondary: 'rgba(0, 0, 0, 0.66)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    // antd's hover colour derived from the primary above falls short of AA on white buttons' text.
    colorPrimaryHover: '#174b99',
    // Those who ask their system for less motion get none (WCAG 2.3.3): no fades, no sliding help texts.
    motion: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  },
};

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
