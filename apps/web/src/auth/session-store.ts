/**
 * The tokens of the signed-in user. Kept in sessionStorage: a reload keeps the session, closing the
 * tab ends it, and another tab signs in by itself. Listeners hear when the session ends (logout,
 * refused refresh, idle timeout) so the app returns to the login page with the reason.
 */
const KEY = 'jixiao.session';

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
}

/** Why a session ended, shown on the login page. */
export interface SessionEnd {
  message: string;
}

type Listener = (end: SessionEnd) => void;
const listeners = new Set<Listener>();

export const sessionStore = {
  get(): StoredSession | null {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<StoredSession>;
      return parsed.accessToken && parsed.refreshToken
        ? { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken }
        : null;
    } catch {
      return null;
    }
  },
  set(session: StoredSession): void {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  },
  /** Forgets the tokens; with a reason, tells the app (which shows the login page with it). */
  end(reason?: SessionEnd): void {
    sessionStorage.removeItem(KEY);
    if (reason) for (const listener of listeners) listener(reason);
  },
  onEnd(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
