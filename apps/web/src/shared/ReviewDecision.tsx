import { Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';

type Decision = 'approve' | 'return' | 'reopen';
type Commented = Exclude<Decision, 'approve'>;

interface Props {
  /** 草稿 / 已提交 / 已退回 / 已通过 as the review workflow names them. */
  state: 'draft' | 'submitted' | 'returned' | 'approved';
  /** What is reviewed, for the dialogs' titles (`监控报告`). */
  noun: string;
  pending: boolean;
  /** Runs the step; resolves true when it went through (the dialog then closes). */
  decide: (decision: Decision, comment?: string) => Promise<boolean>;
}

const COMMENTED: Record<Commented, { button: string; title: (noun: string) => string; label: string }> = {
  return: { button: '退回', title: (noun) => `退回${noun}`, label: '退回意见' },
  reopen: { button: '重新打开', title: (noun) => `重新打开已通过的${noun}`, label: '重新打开原因' },
};

/** 审核: 通过 and 退回 what is submitted, 重新打开 what is approved; 退回 and 重新打开 need a comment. */
export function ReviewDecision({ state, noun, pending, decide }: Props) {
  const [asking, setAsking] = useState<Commented | null>(null);
  const [form] = Form.useForm<{ comment: string }>();

  const run = async (decision: Decision, comment?: string) => {
    if (await decide(decision, comment)) {
      setAsking(null);
      form.resetFields();
    }
  };

  return (
    <Space>
      {state === 'submitted' && (
        <>
          <Button type="primary" loading={pending && !asking} onClick={() => void run('approve')}>
            通过
          </Button>
          <Button danger onClick={() => setAsking('return')}>
            退回
          </Button>
        </>
      )}
      {state === 'approved' && <Button onClick={() => setAsking('reopen')}>重新打开</Button>}
      {asking && (
        <Modal
          open
          title={COMMENTED[asking].title(noun)}
          okText={COMMENTED[asking].button}
          cancelText="取消"
          confirmLoading={pending}
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
