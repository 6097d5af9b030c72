import { CliUsageError, parseCliArguments } from './cli-arguments';

describe('parseCliArguments', () => {
  it('splits command, positionals, flags and options', () => {
    const args = parseCliArguments(['score', 'a.txt', '--dry-run', '--json', '--profile', 'standard'], ['profile'], ['dry-run', 'json']);
    expect(args.command).toBe('score');
    expect(args.positionals).toEqual(['a.txt']);
    expect([...args.flags]).toEqual(['dry-run', 'json']);
    expect(args.options.get('profile')).toBe('standard');
  });

  it('accepts --option=value', () => {
    expect(parseCliArguments(['score', '--profile=jinkouhe'], ['profile'], []).options.get('profile')).toBe('jinkouhe');
  });

  it('refuses an option without its value and a flag with one', () => {
    expect(() => parseCliArguments(['score', '--profile'], ['profile'], [])).toThrow(CliUsageError);
    expect(() => parseCliArguments(['import', '--json=yes'], [], ['json'])).toThrow(/takes no value/);
  });

  it('refuses an option the command does not declare, so a typo cannot drop --dry-run', () => {
    expect(() => parseCliArguments(['score', 'a.txt', '--dryrun'], ['profile'], ['dry-run', 'json'])).toThrow(
      'unknown option --dryrun',
    );
  });

  it('has no command when called bare', () => {
    expect(parseCliArguments([], [], []).command).toBeNull();
  });
});
