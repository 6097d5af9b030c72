import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import styles from './notifications.module.css';
import { useMarkRead, useNotifications, useUnreadCount } from './notifications.queries';

/** 通知: the unread count (polled) and the latest notifications; an item opens its page and is marked read. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const unread = useUnreadCount().data?.unread ?? 0;
  const list = useNotifications(open);
  const markRead = useMarkRead();

  const content = (
    <div style={{ width: 360, maxHeight: 420, overflow: 'auto' }}>
      {list.isPending ? (
        <Spin />
      ) : (list.data?.items.length ?? 0) === 0 ? (
        <Empty description="暂无通知" />
      ) : (
        <ul aria-label="通知列表" className={styles.list}>
          {list.data?.items.map((item) => (
            <li key={item.id}>
              <Button
                type="link"
                style={{ height: 'auto', padding: 0, textAlign: 'left', whiteSpace: 'normal' }}
                onClick={() => {
                  if (!item.readAt) markRead.mutate(item.id);
                  setOpen(false);
                  if (item.link) void navigate(item.link);
                }}
              >
                <span>
                  <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{item.body}</Typography.Text>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      content={content}
      title="通知"
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Badge count={unread} size="small">
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={unread > 0 ? `通知（${unread} 条未读）` : '通知'}
        >
          通知
        </Button>
      </Badge>
    </Popover>
  );
}
