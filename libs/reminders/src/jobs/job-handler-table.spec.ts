import { ReminderJob } from '../queue/reminder-queue';
import { jobHandlerTable } from './job-handler-table';

const all = Object.values(ReminderJob).map((name) => ({
  name,
  handler: name.toUpperCase(),
  owner: `${name}Job`,
}));

describe('jobHandlerTable', () => {
  it('maps every job name to its one handler', () => {
    const table = jobHandlerTable(all);
    expect(table.size).toBe(Object.values(ReminderJob).length);
    expect(table.get(ReminderJob.Deliver)).toBe('DELIVER');
  });

  it.each([
    [
      'a job without a handler',
      all.filter((h) => h.name !== ReminderJob.Sweep),
      /job "sweep" has no handler/,
    ],
    [
      'a job with two handlers',
      [...all, { name: ReminderJob.Deliver, handler: 'X', owner: 'OtherJob' }],
      /job "deliver" has 2 handlers: deliverJob, OtherJob/,
    ],
    [
      'a handler of an unknown job',
      [...all, { name: 'nightly', handler: 'X', owner: 'NightlyJob' }],
      /NightlyJob handle\(s\) unknown job "nightly"/,
    ],
  ])('refuses %s', (_case, found, message) => {
    expect(() => jobHandlerTable(found)).toThrow(message);
  });
});
