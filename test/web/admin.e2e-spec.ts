import request from 'supertest';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { TestUser } from '../support/auth';
import { uniqueSuffix } from '../support/test-app';
import { accessibilityProblems, logIn, openPage, screenshot, WebPage } from './support/browser-page';
import { launchChromium } from './support/chromium';
import { startWebTestApp, WebTestApp } from './support/web-test-app';

jest.setTimeout(180_000);

const JILIN = join(process.cwd(), 'test/fixtures/seeds/jilin-2024-budget.txt');

/** An antd select with search: type, then Enter takes the first match. */
async function search(field: Locator, text: string): Promise<void> {
  await field.click({ force: true });
  await field.page().keyboard.type(text);
  await field.page().getByTitle(text, { exact: true }).waitFor();
  await field.page().keyboard.press('Enter');
}

/**
 * axe on the page at rest: toasts (message) fade out and select dropdowns animate shut with colours and
 * half-rendered options axe reads mid-way, and a loading button is dimmed: it waits until none is on screen.
 */
async function expectAccessible(page: Page): Promise<void> {
  await page.mouse.move(0, 0); // no hover colour on the button just clicked
  await page
    .locator('.ant-message-notice:visible, .ant-select-dropdown:visible, .ant-btn-loading:visible')
    .first()
    .waitFor({ state: 'detached' });
  expect(await accessibilityProblems(page)).toEqual([]);
}

/** 管理 in Chromium against the real API: 导入, 账号, 提醒日历, 评分规则, 审计日志. */
describe('admin screens in Chromium', () => {
  let t: WebTestApp;
  let browser: Browser;
  const pages: WebPage[] = [];
  let admin: TestUser;
  let department: { id: string; name: string };

  const open = async () => {
    const opened = await openPage(browser);
    pages.push(opened);
    return opened;
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    admin = await t.user({ role: 'admin' });
    const name = `吉林省医疗保障局-${uniqueSuffix()}`;
    const created = await request(t.http)
      .post('/api/departments')
      .set(admin.headers)
      .send({ name })
      .expect(201);
    department = { id: created.body.id, name };
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('previews a published table with its warnings and stated totals, then commits it', async () => {
    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, admin.user.username, admin.password);
    await page.getByRole('heading', { name: '审核' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByText('管理').click();
    await page.getByRole('tab', { name: '导入', selected: true }).waitFor();
    await search(page.getByLabel('导入到部门'), department.name);
    await page.locator('input[type=file]').setInputFiles(JILIN);

    const preview = page.getByRole('region', { name: '导入预览' });
    await preview.getByText('项目支出绩效目标表').first().waitFor();
    await preview.getByText('文件所列合计（万元）').first().waitFor();
    expect(await preview.getByRole('table', { name: '导入警告' }).getByRole('row').count()).toBeGreaterThan(
      1,
    );
    await expectAccessible(page);
    await screenshot(page, '20-import-preview');

    await preview.getByRole('button', { name: '确认导入' }).click();
    await preview.getByText(/导入完成：新增 10 个/).waitFor();
    const projects = await request(t.http)
      .get('/api/projects')
      .query({ departmentId: department.id })
      .set(admin.headers)
      .expect(200);
    expect(projects.body.total).toBe(10);
    await screenshot(page, '21-import-committed');
    expect(consoleErrors()).toEqual([]);
  });

  it('creates an account with a one-time password and resets it', async () => {
    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, admin.user.username, admin.password);
    await page.getByRole('heading', { name: '审核' }).waitFor();
    await page.goto(`${t.baseUrl}/admin/accounts`);
    await page.getByRole('tab', { name: '账号', selected: true }).waitFor();
    await expectAccessible(page);

    const username = `jl-manager-${uniqueSuffix()}`;
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog', { name: '新建账号' });
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('吉林审核');
    await dialog.getByLabel('角色').click({ force: true });
    await page.getByTitle('主管部门审核人员', { exact: true }).click();
    await dialog.getByRole('button', { name: '创建' }).click();
    await dialog.getByText('请选择负责的部门').waitFor();
    await search(dialog.getByLabel('负责部门'), department.name);
    await dialog.getByText('新建账号', { exact: true }).click(); // closes the dropdown, keeps the dialog
    await expectAccessible(page);
    await screenshot(page, '22-account-create');
    await dialog.getByRole('button', { name: '创建' }).click();

    const shown = page.getByRole('dialog', { name: `${username} 的一次性密码` });
    const first = (await shown.getByLabel('一次性密码').innerText()).trim();
    expect(first.length).toBeGreaterThanOrEqual(12);
    await shown.getByRole('button', { name: '知道了' }).click();
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ username, password: first })
      .expect(200);
    expect(login.body.mustChangePassword).toBe(true);

    await page.getByLabel('搜索账号').fill(username);
    await page.getByLabel('搜索账号').press('Enter');
    await page.getByRole('button', { name: `重置密码 ${username}` }).click();
    const reset = page.getByRole('dialog', { name: `${username} 的一次性密码` });
    const second = (await reset.getByLabel('一次性密码').innerText()).trim();
    expect(second).not.toBe(first);
    await screenshot(page, '23-account-reset');
    await reset.getByRole('button', { name: '知道了' }).click();
    await request(t.http).post('/api/auth/login').send({ username, password: second }).expect(200);
    expect(consoleErrors()).toEqual([]);
  });

  it('shows 提醒日历, 评分规则 and 审计日志 accessibly', async () => {
    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, admin.user.username, admin.password);
    await page.getByRole('heading', { name: '审核' }).waitFor();
    for (const [tab, shot] of [
      ['calendar', '24-calendar'],
      ['scoring', '25-scoring'],
    ] as const) {
      await page.goto(`${t.baseUrl}/admin/${tab}`);
      await search(page.getByLabel('部门'), department.name);
      await page
        .getByRole('button', { name: tab === 'calendar' ? '保存提醒日历' : '保存评分规则' })
        .waitFor();
      await expectAccessible(page);
      await screenshot(page, shot);
    }
    // 评分规则: standard for the department-year, saved with the version read
    await page.getByLabel('标准口径（standard）').check();
    await page.getByRole('button', { name: '保存评分规则' }).click();
    await page.getByText(/已保存。重新评分/).waitFor();

    await page.goto(`${t.baseUrl}/admin/audit`);
    await page.getByRole('table', { name: '审计日志' }).getByRole('row').nth(1).waitFor();
    await expectAccessible(page);
    await screenshot(page, '26-audit');
    expect(consoleErrors([404])).toEqual([]);
  });
});
