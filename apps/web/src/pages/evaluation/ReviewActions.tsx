import { App } from 'antd';
import { errorMessage } from '../../api/api-error';
import { useTransition, type Scorecard } from '../../features/evaluations/evaluations.queries';
import { ReviewDecision } from '../../shared/ReviewDecision';

const DONE = { approve: '已审核通过', return: '已退回', reopen: '已重新打开' } as const;

/** 审核 of a self-evaluation: 通过 / 退回 / 重新打开 (the shared review decision, with the scorecard's version). */
export function ReviewActions({ card }: { card: Scorecard }) {
  const transition = useTransition(card.id);
  const { message } = App.useApp();
  return (
    <ReviewDecision
      state={card.state}
      noun="自评"
      pending={transition.isPending}
      decide={async (action, comment) => {
        try {
          await transition.mutateAsync({ action, version: card.version, comment });
          void message.success(DONE[action]);
          return true;
        } catch (error) {
          void message.error(errorMessage(error));
          return false;
        }
      }}
    />
  );
}
