import { Flag, UnderExecutedFlag } from '@jixiao/monitoring';
import { EntityManager } from 'typeorm';
import { ExecutionFlag } from '../entities';
import { syncFlags } from './flag-sync';

/** An EntityManager that hands flags back as saved: syncFlags only creates and saves. */
function memoryManager(): EntityManager {
  return {
    getRepository: () => ({ create: (values: Partial<ExecutionFlag>) => ({ ...values }) as ExecutionFlag }),
    save: async (flag: ExecutionFlag) => flag,
  } as unknown as EntityManager;
}

const ref = {
  subject: 'project' as const,
  subjectId: 'p-1',
  departmentId: 'd-1',
  unitId: 'u-1',
  projectId: 'p-1',
  fiscalYear: 2023,
};
const now = new Date('2024-03-20T04:00:00Z');
// 驻村工作队队员补助, Jinkouhe 2023: 0.85 of 1.5.
const under = (executed = '0.85', rate = '56.7'): UnderExecutedFlag => ({
  code: 'UNDER_EXECUTED',
  severity: 'severe',
  message: `年度预算执行率 ${rate}%`,
  budget: '1.5',
  basis: 'budget',
  executed,
  rate,
  reasonRequired: true,
});
const missing: Flag = {
  code: 'REASON_MISSING',
  severity: 'moderate',
  message: '未填写原因说明',
  rate: '56.7',
  requiredBelow: '90',
};

const stored = (flag: Flag, more: Partial<ExecutionFlag>): ExecutionFlag =>
  ({
    ...ref,
    id: `f-${flag.code}`,
    code: flag.code,
    severity: flag.severity,
    message: flag.message,
    figures: { ...flag },
    status: 'open',
    closedBy: null,
    ...more,
  }) as ExecutionFlag;

const sync = (existing: ExecutionFlag[], computed: Flag[]) =>
  syncFlags(
    memoryManager(),
    ref,
    ['UNDER_EXECUTED', 'REASON_MISSING'],
    existing,
    computed,
    now,
    '2024-03-20',
  );

describe('syncFlags', () => {
  it('opens new findings, with colour and sortable rate', async () => {
    const changes = await sync([], [under(), missing]);
    expect(changes.opened.map((f) => [f.code, f.status, f.colour, f.rate?.toString() ?? null])).toEqual([
      ['UNDER_EXECUTED', 'open', 'red', '56.7'],
      ['REASON_MISSING', 'open', 'yellow', '56.7'],
    ]);
  });

  it.each([
    ['the same figures: nothing to do', under(), [0, 0, 0]],
    ['new figures: the answered flag keeps its answer', under('0.9', '60.0'), [0, 1, 0]],
  ])('a persisting finding, %s', async (_case, flag, [opened, updated, closed]) => {
    const answered = stored(under(), {
      status: 'answered',
      reason: '驻村工作时间只持续到2023年8月结束',
      measure: '取消',
    });
    const changes = await sync([answered], [flag]);
    expect([changes.opened.length, changes.updated.length, changes.closed.length]).toEqual([
      opened,
      updated,
      closed,
    ]);
    expect(answered).toMatchObject({
      status: 'answered',
      reason: '驻村工作时间只持续到2023年8月结束',
      figures: { executed: flag.executed },
    });
  });

  it.each([
    ['a reviewer closed the same finding: it stays closed', 'reviewer-1', under(), 0],
    ['a reviewer closed it, the figures changed: a new flag', 'reviewer-1', under('0.9', '60.0'), 1],
    ['it closed by itself and came back: a new flag', null, under(), 1],
  ])('%s', async (_case, closedBy, flag, opened) => {
    const closed = stored(under(), { status: 'closed', closedBy, closedAt: now });
    expect((await sync([closed], [flag])).opened).toHaveLength(opened);
  });

  it('closes a finding that no longer holds, with a note, and leaves codes it is not responsible for alone', async () => {
    const reason = stored(missing, {});
    const lagging = stored(
      {
        code: 'LAGGING',
        severity: 'moderate',
        message: 'm',
        budget: '1.5',
        basis: 'budget',
        executed: '0.5',
        rate: '33.3',
        asOf: '2023-06-30',
        timeProgress: '50.0',
      },
      {},
    );
    const changes = await sync([reason, lagging], [under()]);
    expect(changes.closed).toEqual([reason]);
    expect(reason).toMatchObject({
      status: 'closed',
      closedBy: null,
      closedAt: now,
      closingNote: '2024-03-20 重新计算后该预警不再成立，已自动关闭',
    });
    expect(lagging.status).toBe('open');
  });

  it('moves every flag of a project moved to another unit, the unchanged finding counted as updated', async () => {
    const answered = stored(under(), { status: 'answered', unitId: 'u-old', reason: '已调剂' });
    const closed = stored(missing, { id: 'f-closed', status: 'closed', unitId: 'u-old', closedBy: 'r-1' });
    const changes = await sync([answered, closed], [under()]);
    expect([answered.unitId, closed.unitId]).toEqual(['u-1', 'u-1']);
    expect(changes.updated).toEqual([answered]);
    expect([changes.opened.length, changes.closed.length]).toEqual([0, 0]);
    expect(answered).toMatchObject({ status: 'answered', reason: '已调剂' });
  });
});
