import { DataSource, EntityManager } from 'typeorm';
import { ExecutionFlag } from '../entities';
import { FlagEvents } from './flag-events';

/** A query runner whose transaction state the test drives, as TypeORM's would around the broadcasts. */
function runner(): { queryRunner: { isTransactionActive: boolean }; manager: EntityManager } {
  const queryRunner = { isTransactionActive: true };
  return { queryRunner, manager: { queryRunner } as unknown as EntityManager };
}

const flag = (id: string) => ({ id }) as ExecutionFlag;

describe('FlagEvents', () => {
  let events: FlagEvents;
  let heard: string[][];

  beforeEach(() => {
    const dataSource = { subscribers: [] } as unknown as DataSource;
    events = new FlagEvents(dataSource);
    events.onModuleInit();
    expect(dataSource.subscribers).toEqual([events]);
    heard = [];
    events.onOpened('test', (flags) => void heard.push(flags.map((f) => f.id)));
  });

  it('announces the flags of a transaction once it commits, not before, and once', async () => {
    const { queryRunner, manager } = runner();
    await events.openedAfterCommit(manager, [flag('a')]);
    await events.openedAfterCommit(manager, [flag('b')]);
    expect(heard).toEqual([]);
    queryRunner.isTransactionActive = false;
    await events.afterTransactionCommit({ queryRunner } as never);
    await events.afterTransactionCommit({ queryRunner } as never);
    expect(heard).toEqual([['a', 'b']]);
  });

  it('waits past a released savepoint; drops everything on a rollback', async () => {
    const { queryRunner, manager } = runner();
    await events.openedAfterCommit(manager, [flag('a')]);
    await events.afterTransactionCommit({ queryRunner } as never); // RELEASE SAVEPOINT: still active
    expect(heard).toEqual([]);
    events.afterTransactionRollback({ queryRunner } as never);
    queryRunner.isTransactionActive = false;
    await events.afterTransactionCommit({ queryRunner } as never);
    expect(heard).toEqual([]);
  });

  it('announces at once outside a transaction; a failing listener neither throws nor stops the others', async () => {
    events.onOpened('broken', () => {
      throw new Error('Redis away');
    });
    events.onOpened('test', (flags) => void heard.push(flags.map((f) => `again-${f.id}`))); // replaces by name
    await events.openedAfterCommit({ queryRunner: undefined } as EntityManager, [flag('c')]);
    expect(heard).toEqual([['again-c']]);
  });
});
