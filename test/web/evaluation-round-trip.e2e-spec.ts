import { SYSTEM_AUDIT, UserService } from '@jixiao/people';
import type { Browser, Locator, Page } from 'playwright-core';
import { ZHUCUN } from '../evaluations/support/evaluation-test-app';
import { uniqueSuffix } from '../support/test-app';
import type { TestUser } from '../support/auth';
import { accessibilityProblems, logIn, openPage, screenshot, WebPage } from './support/browser-page';
import { launchChromium } from './support/chromium';
import { createProject, startWebTestApp, WebTestApp, WebTestProject } from './support/web-test-app';

jest.setTimeout(180_000);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An indicator row of the 自评表, found by its 三级指标 (or 预算执行率). */
const indicatorRow = (page: Page, name: string): Locator =>
  page.getByRole('table', { name: '绩效指标' }).getByRole('row', { name: new RegExp(escape(name)) });

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityProblems(page)).toEqual([]);
}

/** 保存 with Ctrl+S; resolves with the PATCH's status. */
async function saveWithCtrlS(page: Page): Promise<number> {
  const response = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && r.url().includes('/api/evaluations/'),
  );
  await page.keyboard.press('Control+s');
  return (await response).status();
}

/** The browser suite: the web app served by the real API, driven in Debian's Chromium. */
describe('web app in Chromium', () => {
  let t: WebTestApp;
  let browser: Browser;
  const pages: WebPage[] = [];
  const open = async () => {
    const opened = await openPage(browser);
    pages.push(opened);
    return opened;
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  describe('the evaluator → manager round trip', () => {
    let project: WebTestProject;
    let evaluator: TestUser;
    let manager: TestUser;

    beforeAll(async () => {
      project = await createProject(t);
      evaluator = await t.user({ role: 'evaluator', unitIds: [project.unitId] });
      manager = await t.user({ role: 'manager', departmentIds: [project.departmentId] });
    });

    it('fills, saves, sees scores, submits; the manager returns; the evaluator fixes and resubmits; the manager approves', async () => {
      // 登录 → 我的任务
      const ev = await open();
      const page = ev.page;
      await page.goto(`${t.baseUrl}/`);
      await page.getByRole('button', { name: '登录' }).waitFor();
      await expectAccessible(page);
      await screenshot(page, '01-login');
      await logIn(page, t.baseUrl, evaluator.user.username, evaluator.password);
      await page.getByRole('heading', { name: '我的任务' }).waitFor();
      const task = page.getByRole('row', { name: new RegExp(escape(project.projectName)) });
      await task.getByText('未开始').waitFor();
      await expectAccessible(page);
      await screenshot(page, '02-tasks');

      // 开始自评: fill the table as the Jinkouhe 2023 自评表 does, save with Ctrl+S, see the scores
      await task.getByRole('button', { name: /开始自评/ }).click();
      await page.getByLabel('全年执行数', { exact: true }).fill(ZHUCUN.executed);
      await page.getByLabel('实际完成情况').fill('完成驻村帮扶工作任务');
      for (const row of ZHUCUN.rows)
        await indicatorRow(page, row.level3).getByLabel('实际完成值').fill(row.actual);
      // 预算执行率 computed as typed, exactly as the server computes it (0.85 / 1.5 = 56.7 %)
      await page.getByRole('table', { name: '项目资金（万元）' }).getByText('56.7%').waitFor();
      expect(await saveWithCtrlS(page)).toBe(200);
      await indicatorRow(page, '完成任务率').getByText('5.7', { exact: true }).waitFor();
      await indicatorRow(page, '驻村工作人员人数').getByText('20', { exact: true }).first().waitFor();
      await page.getByText('已保存').waitFor();
      await expectAccessible(page);
      await screenshot(page, '03-editor');

      // 提交 refused (422): the failed checks are listed and each one leads to its row
      await page.getByRole('button', { name: '提交' }).click();
      const failed = page.getByRole('list', { name: '未通过的检查' });
      await failed.waitFor();
      expect(await failed.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
      await screenshot(page, '04-submit-refused');
      await failed.getByRole('button', { name: /完成任务率/ }).click();
      // (a string: the function runs in the page, where the DOM is; this file is compiled for Node)
      await page.waitForFunction(
        "document.activeElement?.getAttribute('data-path') === 'rows.1.deductionReason'",
      );
      await page.keyboard.type('驻村工作时间只持续到2023年8月');
      await indicatorRow(page, '预算执行率').getByLabel('扣分原因').fill(ZHUCUN.reason);
      await page.getByRole('button', { name: '提交' }).click();
      await page.getByRole('toolbar').getByText('已提交').waitFor();
      expect(await page.getByLabel('实际完成值').count()).toBe(0);

      // The manager: 通知 tells of the submission; 审核 lists it; 退回 needs a comment
      const mg = await open();
      const review = mg.page;
      await logIn(review, t.baseUrl, manager.user.username, manager.password);
      await review.getByRole('heading', { name: '审核' }).waitFor();
      await expectAccessible(review);
      await openNotification(review, /待审核/);
      await review.getByRole('toolbar').getByText('已提交').waitFor();
      expect(await review.getByLabel('实际完成值').count()).toBe(0);
      await expectAccessible(review);
      await screenshot(review, '05-review');
      await review.getByRole('button', { name: '退回' }).click();
      const dialog = review.getByRole('dialog', { name: '退回自评' });
      await dialog.getByRole('button', { name: '退回' }).click();
      await dialog.getByText('请填写退回意见').waitFor();
      await dialog.getByLabel('退回意见').fill('完成任务率的实际完成值请按年末统计数填写');
      await expectAccessible(review);
      await screenshot(review, '06-return-dialog');
      await dialog.getByRole('button', { name: '退回' }).click();
      await review.getByRole('toolbar').getByText('已退回').waitFor();

      // The evaluator sees 已退回 and the comment on the form, fixes the row and submits again
      await page.goto(`${t.baseUrl}/tasks`);
      await task.getByText('已退回').waitFor();
      await task.getByRole('button', { name: /继续填写/ }).click();
      await page.getByText('退回意见：完成任务率的实际完成值请按年末统计数填写').waitFor();
      await screenshot(page, '07-returned');
      await indicatorRow(page, '完成任务率').getByLabel('实际完成值').fill('99%');
      expect(await saveWithCtrlS(page)).toBe(200);
      await indicatorRow(page, '完成任务率').getByText('10', { exact: true }).first().waitFor();
      await page.getByRole('button', { name: '提交' }).click();
      await page.getByRole('toolbar').getByText('已提交').waitFor();

      // The manager approves; an approved evaluation can be reopened with a reason
      await review.reload();
      await review.getByRole('button', { name: '通过' }).click();
      await review.getByRole('toolbar').getByText('已通过').waitFor();
      await review.getByRole('button', { name: '重新打开' }).waitFor();
      await review.goto(`${t.baseUrl}/review`);
      await review
        .getByRole('row', { name: new RegExp(escape(project.projectName)) })
        .getByText('已通过')
        .waitFor();
      await expectAccessible(review);
      await screenshot(review, '08-review-list');

      expect(ev.consoleErrors([422])).toEqual([]);
      expect(mg.consoleErrors()).toEqual([]);
    });
  });

  it("a save over another browser's save (409) opens a dialog showing the change, with 重新加载", async () => {
    const project = await createProject(t);
    const evaluator = await t.user({ role: 'evaluator', unitIds: [project.unitId] });
    const [first, second] = [await open(), await open()];
    for (const { page } of [first, second]) {
      await logIn(page, t.baseUrl, evaluator.user.username, evaluator.password);
      await page
        .getByRole('row', { name: new RegExp(escape(project.projectName)) })
        .getByRole('button', { name: /开始自评|继续填写/ })
        .click();
      await page.getByLabel('全年执行数', { exact: true }).waitFor();
    }
    await first.page.getByLabel('全年执行数', { exact: true }).fill('1.2');
    expect(await saveWithCtrlS(first.page)).toBe(200);

    await second.page.getByLabel('全年执行数', { exact: true }).fill('0.3');
    expect(await saveWithCtrlS(second.page)).toBe(409);
    const dialog = second.page.getByRole('dialog', { name: '数据已被修改，请重新加载' });
    await dialog.getByText('全年执行数：（空） → 1.2').waitFor();
    await expectAccessible(second.page);
    await screenshot(second.page, '09-conflict');
    await dialog.getByRole('button', { name: '重新加载' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await second.page.getByLabel('全年执行数', { exact: true }).inputValue()).toBe('1.2');
    expect(first.consoleErrors()).toEqual([]);
    expect(second.consoleErrors([409])).toEqual([]);
  });

  it("bad input is shown on its field: the client's check, and the server's refusal", async () => {
    const project = await createProject(t);
    const evaluator = await t.user({ role: 'evaluator', unitIds: [project.unitId] });
    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, evaluator.user.username, evaluator.password);
    await page
      .getByRole('row', { name: new RegExp(escape(project.projectName)) })
      .getByRole('button', { name: /开始自评/ })
      .click();
    const executed = page.getByLabel('全年执行数', { exact: true });

    await executed.fill('0.855');
    await page.keyboard.press('Control+s');
    await page.getByRole('alert').filter({ hasText: '最多两位小数' }).waitFor();
    expect(await executed.getAttribute('aria-invalid')).toBe('true');

    // A negative amount passes the form's pattern (as the server's DTO) and the scoring engine refuses it.
    await executed.fill('-5');
    expect(await saveWithCtrlS(page)).toBe(400);
    await page.getByRole('alert').filter({ hasText: '全年执行数' }).waitFor();
    expect(await executed.getAttribute('aria-invalid')).toBe('true');
    await executed.fill('0.85');

    // A field the validation pipe refuses (named as sent, `rows[0].actual`) lands on its row's input.
    const actual = indicatorRow(page, '完成任务率').getByLabel('实际完成值');
    await actual.fill('9'.repeat(2001));
    expect(await saveWithCtrlS(page)).toBe(400);
    await indicatorRow(page, '完成任务率').getByRole('alert').waitFor();
    expect(await actual.getAttribute('aria-invalid')).toBe('true');
    expect(await indicatorRow(page, '驻村工作人员人数').getByRole('alert').count()).toBe(0);
    await screenshot(page, '10-bad-input');
    expect(consoleErrors([400])).toEqual([]);
  });

  it('first login: 修改密码 names the broken policy rules, then lands on the home page', async () => {
    const project = await createProject(t);
    const username = `web-first-${uniqueSuffix()}`;
    const { temporaryPassword } = await t.app
      .get(UserService)
      .create(SYSTEM_AUDIT, { username, role: 'evaluator', unitIds: [project.unitId] });
    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, username, temporaryPassword);
    await page.getByRole('heading', { name: '修改密码' }).waitFor();
    await page.getByLabel('当前密码').fill(temporaryPassword);
    await page.getByLabel('新密码', { exact: true }).fill('abcdefgh');
    await page.getByLabel('确认新密码').fill('abcdefgh');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText(/至少 3 类/).waitFor();
    await expectAccessible(page);
    await screenshot(page, '00-change-password');
    await page.getByLabel('新密码', { exact: true }).fill('Jixiao-2026-new');
    await page.getByLabel('确认新密码').fill('Jixiao-2026-new');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByRole('heading', { name: '我的任务' }).waitFor();
    expect(consoleErrors()).toEqual([]);
  });

  it('a wrong password is said as such, and a locked account answers as a wrong password does', async () => {
    const project = await createProject(t);
    const user = await t.user({ role: 'evaluator', unitIds: [project.unitId] });
    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, user.user.username, 'not-the-password');
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    // LOCKOUT_THRESHOLD failures lock the account (before LOGIN_RATE_LIMIT attempts are spent)
    for (let attempt = 1; attempt < 5; attempt++) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await page.getByRole('button', { name: '登录' }).click();
      await answered;
    }
    // Locked now: even the right password is refused with the same words (the API tells nothing more),
    // and the page says that repeated failures lock the account.
    await page.getByLabel('密码').fill(user.password);
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: '登录' }).click();
    expect((await refused).status()).toBe(401);
    await page
      .getByRole('alert')
      .filter({ hasText: '用户名或密码错误' })
      .filter({ hasText: '临时锁定' })
      .waitFor();
    expect(page.url()).toContain('/login');
    await screenshot(page, '11-locked');
    expect(consoleErrors([401, 429])).toEqual([]);
  });

  it('an expired access token is refreshed unseen; a refused refresh returns to login with the reason', async () => {
    const project = await createProject(t);
    const evaluator = await t.user({ role: 'evaluator', unitIds: [project.unitId] });
    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, evaluator.user.username, evaluator.password);
    await page.getByRole('heading', { name: '我的任务' }).waitFor();

    // The access token no longer valid (as after ACCESS_TOKEN_TTL_SECONDS): the app refreshes and goes on.
    await page.evaluate(`(() => {
      const session = JSON.parse(sessionStorage.getItem('jixiao.session'));
      sessionStorage.setItem('jixiao.session', JSON.stringify({ ...session, accessToken: 'expired' }));
    })()`);
    await page.reload();
    await page.getByRole('row', { name: new RegExp(escape(project.projectName)) }).waitFor();

    // The refresh token refused too (an ended or idle session): back to 登录, saying why.
    await page.evaluate(
      `sessionStorage.setItem('jixiao.session', JSON.stringify({ accessToken: 'expired', refreshToken: 'revoked' }))`,
    );
    await page.reload();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.getByText('刷新令牌无效，请重新登录').waitFor();
    expect(consoleErrors([401])).toEqual([]);
  });
});

/** Opens 通知 until the item arrives (the worker delivers it), then follows it to its page. */
async function openNotification(page: Page, title: RegExp): Promise<void> {
  const item = page.getByRole('list', { name: '通知列表' }).getByRole('button', { name: title });
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.getByRole('button', { name: /^通知/ }).click();
    await page.getByRole('list', { name: '通知列表' }).or(page.getByText('暂无通知')).waitFor();
    if (await item.isVisible()) break;
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForTimeout(500);
  }
  await item.click();
}
