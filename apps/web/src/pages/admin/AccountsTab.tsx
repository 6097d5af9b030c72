import { PlusOutlined } from '@ant-design/icons';
import { serverPaging } from '../../shared/server-paging';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import {
  useCreateUser,
  useResetPassword,
  useUnlockUser,
  useUpdateUser,
  useUsers,
  type Account,
  type NewUser,
  type UserQuery,
} from '../../features/admin/users.queries';
import { ROLE_LABELS } from '../../features/me/roles';
import { useDepartments, useUnitsOfDepartment } from '../../features/org/org.queries';
import { mustChoose } from '../../shared/must-choose';
import { applyFieldErrors } from '../../shared/field-errors';

const PAGE_SIZE = 50;

/** 账号: create, edit role and scope, reset password, unlock, disable — paged and searched by the server. */
export default function AccountsTab() {
  const { message, modal } = App.useApp();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<UserQuery['role']>();
  const [page, setPage] = useState(1);
  const users = useUsers({ q: q || undefined, role, page, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const reset = useResetPassword();
  const unlock = useUnlockUser();
  const update = useUpdateUser();
  const departments = useDepartments();
  const departmentName = new Map((departments.data?.items ?? []).map((d) => [d.id, d.name]));

  /** A one-time password is shown once, in a dialog the administrator closes after passing it on. */
  const showPassword = (username: string, password: string) =>
    modal.info({
      title: `${username} 的一次性密码`,
      content: (
        <div>
          <Typography.Paragraph
            copyable={{ text: password }}
            aria-label="一次性密码"
            style={{ fontSize: 18, fontFamily: 'monospace' }}
          >
            {password}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">仅显示一次，首次登录时须修改。</Typography.Paragraph>
        </div>
      ),
      okText: '知道了',
    });

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <div>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Form layout="inline">
          <Form.Item label="搜索账号" htmlFor="user-q">
            <Input.Search
              id="user-q"
              allowClear
              placeholder="用户名或姓名"
              style={{ width: 220 }}
              onSearch={(value) => {
                setQ(value.trim());
                setPage(1);
              }}
            />
          </Form.Item>
          <Form.Item label="角色" htmlFor="user-role">
            <Select
              id="user-role"
              allowClear
              placeholder="全部"
              style={{ width: 180 }}
              value={role}
              onChange={(value) => {
                setRole(value);
                setPage(1);
              }}
              options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Form>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新建账号
        </Button>
      </Space>
      <Table<Account>
        aria-label="账号列表"
        rowKey="id"
        size="small"
        loading={users.isPending}
        dataSource={users.data?.items ?? []}
        pagination={serverPaging(page, PAGE_SIZE, users.data?.total, '个账号', setPage)}
        columns={[
          { title: '用户名', width: 160, dataIndex: 'username' },
          { title: '姓名', width: 140, dataIndex: 'displayName' },
          { title: '角色', width: 160, render: (_, u) => ROLE_LABELS[u.role] },
          {
            title: '范围',
            render: (_, u) =>
              u.role === 'admin'
                ? '全部'
                : u.role === 'manager'
                  ? u.departmentIds.map((id) => departmentName.get(id) ?? id).join('、')
                  : `${u.unitIds.length} 个单位`,
          },
          {
            title: '状态',
            width: 160,
            render: (_, u) => (
              <Space size={4}>
                {u.disabled && <Tag>已停用</Tag>}
                {u.locked && <Tag color="red">已锁定</Tag>}
                {u.mustChangePassword && <Tag>待改密码</Tag>}
                {!u.disabled && !u.locked && !u.mustChangePassword && '正常'}
              </Space>
            ),
          },
          {
            title: '操作',
            width: 300,
            render: (_, u) => (
              <Space size={4} wrap>
                <Button size="small" aria-label={`编辑 ${u.username}`} onClick={() => setEditing(u)}>
                  编辑
                </Button>
                <Button
                  size="small"
                  aria-label={`重置密码 ${u.username}`}
                  onClick={() =>
                    void act(
                      async () => showPassword(u.username, (await reset.mutateAsync(u.id)).temporaryPassword),
                      '已重置密码',
                    )
                  }
                >
                  重置密码
                </Button>
                {u.locked && (
                  <Button
                    size="small"
                    aria-label={`解除锁定 ${u.username}`}
                    onClick={() => void act(() => unlock.mutateAsync(u.id), '已解除锁定')}
                  >
                    解除锁定
                  </Button>
                )}
                <Button
                  size="small"
                  danger={!u.disabled}
                  aria-label={`${u.disabled ? '启用' : '停用'} ${u.username}`}
                  onClick={() =>
                    void act(
                      () =>
                        update.mutateAsync({
                          id: u.id,
                          patch: { version: u.version, disabled: !u.disabled },
                        }),
                      u.disabled ? '已启用' : '已停用',
                    )
                  }
                >
                  {u.disabled ? '启用' : '停用'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <AccountDialog
          account={editing === 'new' ? null : editing}
          onDone={(created) => {
            setEditing(null);
            if (created) showPassword(created.username, created.password);
          }}
        />
      )}
    </div>
  );
}

interface AccountForm {
  username: string;
  displayName?: string;
  role: NewUser['role'];
  departmentIds?: string[];
  /** The department whose units an evaluator's scope is chosen from. */
  unitDepartmentId?: string;
  unitIds?: string[];
}

/** 新建账号 / 编辑账号: role and scope (a manager's departments, an evaluator's units). */
function AccountDialog({
  account,
  onDone,
}: {
  account: Account | null;
  onDone: (created?: { username: string; password: string }) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountForm>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const departments = useDepartments();
  const role = Form.useWatch('role', form);
  const unitDepartmentId = Form.useWatch('unitDepartmentId', form);
  const units = useUnitsOfDepartment(unitDepartmentId);
  const departmentOptions = (departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }));

  const submit = async (values: AccountForm) => {
    const scope = {
      departmentIds: values.role === 'manager' ? (values.departmentIds ?? []) : [],
      unitIds: values.role === 'evaluator' ? (values.unitIds ?? []) : [],
    };
    try {
      if (account) {
        await update.mutateAsync({
          id: account.id,
          patch: { version: account.version, displayName: values.displayName, role: values.role, ...scope },
        });
        void message.success('已保存');
        onDone();
      } else {
        const created = await create.mutateAsync({
          username: values.username.trim(),
          displayName: values.displayName?.trim() || undefined,
          role: values.role,
          ...scope,
        });
        onDone({ username: created.user.username, password: created.temporaryPassword });
      }
    } catch (error) {
      if (!(error instanceof ApiError && applyFieldErrors(form, error)))
        void message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open
      title={account ? `编辑账号：${account.username}` : '新建账号'}
      okText={account ? '保存' : '创建'}
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={() => onDone()}
    >
      <Form<AccountForm>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={
          account
            ? {
                username: account.username,
                displayName: account.displayName,
                role: account.role,
                departmentIds: account.departmentIds,
                unitIds: account.unitIds,
              }
            : { role: 'evaluator' }
        }
      >
        <Form.Item
          label="用户名"
          name="username"
          rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}
        >
          <Input disabled={Boolean(account)} autoComplete="off" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[mustChoose('请选择角色')]}>
          <Select options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {role === 'manager' && (
          <Form.Item label="负责部门" name="departmentIds" rules={[mustChoose('请选择负责的部门')]}>
            <Select mode="multiple" showSearch optionFilterProp="label" options={departmentOptions} />
          </Form.Item>
        )}
        {role === 'evaluator' && (
          <>
            <Form.Item label="单位所属部门" name="unitDepartmentId">
              <Select
                showSearch
                optionFilterProp="label"
                options={departmentOptions}
                placeholder="先选部门，再选单位"
              />
            </Form.Item>
            <Form.Item label="所属单位" name="unitIds" rules={[mustChoose('请选择所属单位')]}>
              <Select
                mode="multiple"
                showSearch
                optionFilterProp="label"
                options={[
                  ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
                  // Units already in the scope stay listed (by id) when another department is chosen.
                  ...(account?.unitIds ?? [])
                    .filter((id) => !units.data?.items.some((u) => u.id === id))
                    .map((id) => ({ value: id, label: id })),
                ]}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
