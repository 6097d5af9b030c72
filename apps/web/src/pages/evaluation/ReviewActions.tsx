import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import {
  useTransition,
  type Scorecard,
  type Transition,
} from '../../features/evaluations/evaluations.queries';

type CommentedAction = Extract<Transition, 'return' | 'reopen'>;

const COMMENTED: Record<CommentedAction, { button: string; title: string; label: string }> = {
  return: { button: '退回', title: '退回自评', label: '退回意见' },
  reopen: { button: '重新打开', title: '重新打开已通过的自评', label: '重新打开原因' },
};

/** 审核: 通过 and 退回 a submitted evaluation, 重新打开 an approved one; 退回 and 重新打开 need a comment. */
export function ReviewActions({ card }: { card: Scorecard }) {
  const transition = useTransition(card.id);
  const { message } = App.useApp();
  const [asking, setAsking] = useState<CommentedAction | null>(null);
  const [form] = Form.useForm<{ comment: string }>();

  const run = async (action: Transition, comment?: string) => {
    try {
      await transition.mutateAsync({ action, version: card.version, comment });
      setAsking(null);
      form.resetFields();
      void message.success(
        action === 'approve' ? '已审核通过' : action === 'return' ? '已退回' : '已重新打开',
      );
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Space>
      {card.state === 'submitted' && (
        <>
          <Button
            type="primary"
            loading={transition.isPending && transition.variables?.action === 'approve'}
            onClick={() => void run('approve')}
          >
            通过
          </Button>
          <Button danger onClick={() => setAsking('return')}>
            退回
          </Button>
        </>
      )}
      {card.state === 'approved' && <Button onClick={() => setAsking('reopen')}>重新打开</Button>}
      {asking && (
        <Modal
          open
          title={COMMENTED[asking].title}
          okText={COMMENTED[asking].button}
          cancelText="取消"
          confirmLoading={transition.isPending}
          onOk={() => form.submit()}
          onCancel={() => setAsking(null)}
        >
          <Form form={form} layout="vertical" onFinish={({ comment }) => void run(asking, comment.trim())}>
            <Form.Item
              label={COMMENTED[asking].label}
              name="comment"
              rules={[{ required: true, whitespace: true, message: `请填写${COMMENTED[asking].label}` }]}
            >
              <Input.TextArea rows={4} maxLength={4000} autoFocus />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Space>
  );
}
