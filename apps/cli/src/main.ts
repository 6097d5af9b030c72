import 'reflect-metadata';
import { CliUsageError, parseCliArguments } from './cli-arguments';
import { CliCommand, CliOutput, EXIT_FAILURE, EXIT_USAGE } from './cli-command';
import { COMMANDS } from './commands';

const output: CliOutput = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function usage(): string {
  return ['usage: npm run -s cli -- <command> [options]', '', ...COMMANDS.map((c: CliCommand) => `  ${c.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const command = COMMANDS.find((c) => c.name === argv[0]);
  if (!command) {
    output.err(argv[0] ? `unknown command: ${argv[0]}\n\n${usage()}` : usage());
    return EXIT_USAGE;
  }
  try {
    return await command.run(parseCliArguments(argv, command.valueOptions, command.flags), output);
  } catch (error) {
    if (error instanceof CliUsageError) {
      output.err(`${error.message}\nusage: ${command.usage}`);
      return EXIT_USAGE;
    }
    output.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT_FAILURE;
  }
}

// Commands close what they open, so the process ends by itself once stdout is flushed (a forced
// exit could cut a large JSON report short when stdout is a pipe). `demo` keeps serving.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    output.err(String(error));
    process.exitCode = EXIT_FAILURE;
  },
);
