import { AuthUser, Role } from '../auth/auth-user';
import {
  checkReviewTransition,
  editRefusal,
  ReviewAction,
  ReviewState,
  stateAfterEdit,
} from './review-workflow';

const at = new Date('2024-03-01T02:00:00Z');
const user = (role: Role): AuthUser => ({
  id: `${role}-id`,
  username: `${role}-1`,
  role,
  departmentIds: [],
  unitIds: [],
});

function refusal(result: ReturnType<typeof checkReviewTransition>): [string, string] | null {
  return 'refusal' in result ? [result.refusal.kind, result.refusal.code] : null;
}

describe('reviewTransition', () => {
  it.each<[ReviewState, ReviewAction, Role, string | null, ReviewState]>([
    ['draft', 'submit', 'evaluator', null, 'submitted'],
    ['returned', 'submit', 'evaluator', null, 'submitted'],
    ['submitted', 'return', 'manager', '“偏差原因”未填写', 'returned'],
    ['submitted', 'approve', 'manager', null, 'approved'],
    ['approved', 'reopen', 'manager', '年末资金到位数更正', 'draft'],
  ])('%s --%s by %s--> %s', (state, action, role, comment, to) => {
    expect(checkReviewTransition('EVALUATION', state, action, user(role), comment, at)).toEqual({
      transition: {
        action,
        from: state,
        to,
        actorId: `${role}-id`,
        actorName: `${role}-1`,
        actorRole: role,
        at,
        comment,
      },
    });
  });

  it.each<[ReviewState, ReviewAction, Role, string | null, [string, string]]>([
    ['draft', 'approve', 'manager', null, ['conflict', 'EVALUATION.TRANSITION_NOT_ALLOWED']],
    ['approved', 'submit', 'evaluator', null, ['conflict', 'EVALUATION.TRANSITION_NOT_ALLOWED']],
    ['submitted', 'submit', 'evaluator', null, ['conflict', 'EVALUATION.TRANSITION_NOT_ALLOWED']],
    ['returned', 'return', 'manager', '再次退回', ['conflict', 'EVALUATION.TRANSITION_NOT_ALLOWED']],
    ['returned', 'approve', 'manager', null, ['conflict', 'EVALUATION.TRANSITION_NOT_ALLOWED']],
    ['approved', 'return', 'manager', '复核', ['conflict', 'EVALUATION.TRANSITION_NOT_ALLOWED']],
    ['submitted', 'reopen', 'manager', '复核', ['conflict', 'EVALUATION.TRANSITION_NOT_ALLOWED']],
    ['submitted', 'return', 'manager', '   ', ['invalid', 'EVALUATION.COMMENT_REQUIRED']],
    ['approved', 'reopen', 'manager', null, ['invalid', 'EVALUATION.COMMENT_REQUIRED']],
    ['submitted', 'approve', 'evaluator', null, ['forbidden', 'EVALUATION.TRANSITION_FORBIDDEN']],
    ['draft', 'submit', 'manager', null, ['forbidden', 'EVALUATION.TRANSITION_FORBIDDEN']],
    ['submitted', 'approve', 'admin', null, ['forbidden', 'EVALUATION.TRANSITION_FORBIDDEN']],
  ])('%s --%s by %s (comment %j) is refused %j', (state, action, role, comment, expected) => {
    expect(refusal(checkReviewTransition('EVALUATION', state, action, user(role), comment, at))).toEqual(
      expected,
    );
  });

  it('keeps the comment trimmed', () => {
    const result = checkReviewTransition(
      'REPORT',
      'submitted',
      'return',
      user('manager'),
      '  补充佐证材料 ',
      at,
    );
    expect('transition' in result && result.transition.comment).toBe('补充佐证材料');
  });
});

describe('editRefusal', () => {
  it.each<[ReviewState, string | null]>([
    ['draft', null],
    ['returned', null],
    ['submitted', 'EVALUATION.LOCKED'],
    ['approved', 'EVALUATION.LOCKED'],
  ])('editing in %s: %s', (state, code) => {
    expect(editRefusal('EVALUATION', state)?.code ?? null).toBe(code);
  });
});

describe('stateAfterEdit', () => {
  it.each<[ReviewState, ReviewState]>([
    ['draft', 'draft'],
    ['returned', 'draft'],
  ])('an edit in %s leaves %s', (state, after) => {
    expect(stateAfterEdit(state)).toBe(after);
  });
});
