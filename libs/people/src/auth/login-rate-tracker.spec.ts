import { loginRateTracker } from './login-rate-tracker';

describe('loginRateTracker', () => {
  it('counts a login per address and account, whatever the case and spacing of the name', () => {
    const a = loginRateTracker({ ip: '10.0.0.1', body: { username: ' Zhang.San ' } });
    expect(a).toBe('10.0.0.1|zhang.san');
    expect(loginRateTracker({ ip: '10.0.0.1', body: { username: 'zhang.san' } })).toBe(a);
    expect(loginRateTracker({ ip: '10.0.0.2', body: { username: 'zhang.san' } })).not.toBe(a);
    expect(loginRateTracker({ ip: '10.0.0.1', body: { username: 'li.si' } })).not.toBe(a);
  });

  it('counts a refresh per address and token, never showing the token', () => {
    const a = loginRateTracker({ ip: '10.0.0.1', body: { refreshToken: 'token-a' } });
    expect(a).toMatch(/^10\.0\.0\.1\|refresh:[0-9a-f]{32}$/);
    expect(a).not.toContain('token-a');
    expect(loginRateTracker({ ip: '10.0.0.1', body: { refreshToken: 'token-a' } })).toBe(a);
    expect(loginRateTracker({ ip: '10.0.0.1', body: { refreshToken: 'token-b' } })).not.toBe(a);
  });

  it('gives a body without either field one key per address (refused by validation after)', () => {
    expect(loginRateTracker({ ip: '10.0.0.1' })).toBe(loginRateTracker({ ip: '10.0.0.1', body: {} }));
    expect(loginRateTracker({ ip: '10.0.0.1', body: { refreshToken: 42 } })).toBe(
      loginRateTracker({ ip: '10.0.0.1' }),
    );
  });
});
