import { CliUsageError } from '../cli-arguments';
import { CliCommand, EXIT_BAD_INPUT, EXIT_OK } from '../cli-command';
import { withCliContext } from '../cli-context';
import { refusalOf } from './refusal';

/** `create-admin <username>`: the first administrator, with a generated password shown this once. */
export const createAdminCommand: CliCommand = {
  name: 'create-admin',
  usage: 'create-admin <username>               create the first administrator; prints a one-time password',
  valueOptions: [],
  flags: [],
  async run(args, output) {
    const [username, ...extra] = args.positionals;
    if (!username || extra.length > 0) throw new CliUsageError(`one username is required: ${this.usage}`);
    try {
      const { user, password } = await withCliContext(async (context) => {
        const { UserService } = await import('@jixiao/people');
        return context.get(UserService).createFirstAdmin(username);
      });
      output.out(
        [
          `administrator "${user.username}" created`,
          `one-time password: ${password}`,
          'It is shown only now and must be changed at the first login (POST /api/auth/login, then POST /api/auth/change-password).',
        ].join('\n'),
      );
      return EXIT_OK;
    } catch (error) {
      const problem = refusalOf(error);
      if (!problem) throw error;
      output.err(`create-admin refused: ${problem.message} (${problem.code})`);
      return EXIT_BAD_INPUT;
    }
  },
};
