import { CliUsageError, parseCliArguments } from './cli-arguments';

describe('parseCliArguments', () => {
  it('splits command, positionals, flags and options', () => {
    const args = parseCliArguments(['score', 'a.txt', '--dry-run', '--json', '--profile', 'standard'], ['profile']);
    expect(args.command).toBe('score');
    expect(args.positionals).toEqual(['a.txt']);
    expect([...args.flags]).toEqual(['dry-run', 'json']);
    expect(args.options.get('profile')).toBe('standard');
  });

  it('accepts --option=value', () => {
    expect(parseCliArguments(['score', '--profile=jinkouhe'], ['profile']).options.get('profile')).toBe('jinkouhe');
  });

  it('refuses an option without its value and a flag with one', () => {
    expect(() => parseCliArguments(['score', '--profile'], ['profile'])).toThrow(CliUsageError);
    expect(() => parseCliArguments(['import', '--json=yes'], [])).toThrow(/takes no value/);
  });

  it('has no command when called bare', () => {
    expect(parseCliArguments([], []).command).toBeNull();
  });
});
