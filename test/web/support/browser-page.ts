import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** Screenshots of every screen, kept as test artifacts (git-ignored). */
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'web');

export interface WebPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far (responses the test provoked excepted). */
  consoleErrors(expectedStatuses?: number[]): string[];
  close(): Promise<void>;
}

/**
 * A page in a context of its own (its own session), at a laptop's 1366 × 900, asking for reduced motion:
 * the app then draws no transitions, so axe never sees an element halfway through a fade.
 */
export async function openPage(browser: Browser): Promise<WebPage> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return {
    page,
    // Chromium logs every 4xx answer as "Failed to load resource"; the statuses a test provokes on
    // purpose (a 409, a 422) are designed-for states, not errors of the app.
    consoleErrors: (expected = []) =>
      errors.filter(
        (text) =>
          !expected.some((status) =>
            text.includes(`Failed to load resource: the server responded with a status of ${status}`),
          ),
      ),
    close: () => context.close(),
  };
}

export async function logIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** axe-core on the page as it stands: the serious and critical violations, named with their nodes. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // From the top: a full-page shot of a scrolled page draws the sticky toolbar over the content.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
