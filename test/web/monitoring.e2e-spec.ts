import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import type { TestUser } from '../support/auth';
import { uniqueSuffix } from '../support/test-app';
import { accessibilityProblems, logIn, openPage, screenshot, WebPage } from './support/browser-page';
import { launchChromium } from './support/chromium';
import { createProject, startWebTestApp, WebTestApp, WebTestProject } from './support/web-test-app';

jest.setTimeout(180_000);

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

/** Today in Shanghai (the API's day), and this fiscal year: the light compares with 序时进度 only in year. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const year = Number(today.slice(0, 4));

/** A browser paste of a block copied from Excel (tab-separated cells) into the focused input. */
async function pasteInto(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label).focus();
  // A string script: the test's TypeScript knows no DOM (its lib is Node's).
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

/** 绩效运行监控 and 执行进度 in Chromium against the real API. */
describe('monitoring screens in Chromium', () => {
  let t: WebTestApp;
  let browser: Browser;
  const pages: WebPage[] = [];
  let project: WebTestProject;
  let lagging: { id: string; name: string };
  let manager: TestUser;
  let evaluator: TestUser;

  const open = async () => {
    const opened = await openPage(browser);
    pages.push(opened);
    return opened;
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    project = await createProject(t);
    const admin = (await t.user({ role: 'admin' })).headers;
    // A project of this year, 10 % executed by today: far behind 序时进度, so its light is red.
    const name = `医保信息化运维-${uniqueSuffix()}`;
    const created = await request(t.http)
      .post('/api/projects')
      .set(admin)
      .send({
        departmentId: project.departmentId,
        unitId: project.unitId,
        fiscalYear: year,
        name,
        budget: '100.00',
        fiscalBudget: '100.00',
      })
      .expect(201);
    lagging = { id: created.body.id, name };
    await request(t.http)
      .post('/api/execution/records')
      .set(admin)
      .send({ projectId: lagging.id, asOf: today, executed: '10.00' })
      .expect(201);
    manager = await t.user({ role: 'manager', departmentIds: [project.departmentId] });
    evaluator = await t.user({ role: 'evaluator', unitIds: [project.unitId] });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the lagging project red against 序时进度; the manager answers its flag', async () => {
    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, manager.user.username, manager.password);
    await page.getByRole('heading', { name: '审核' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByText('绩效运行监控').click();
    await page.getByRole('heading', { name: '绩效运行监控' }).waitFor();

    const standing = page
      .getByRole('table', { name: '项目执行进度' })
      .getByRole('row', { name: new RegExp(lagging.name) });
    await standing.getByText('红灯').waitFor();
    await standing.getByText('10.0%').waitFor();
    await page.getByRole('img', { name: '项目预算执行率与序时进度对比图' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, '10-monitoring');

    // 答复: 原因说明, 处理方式 and 整改措施; the flag leaves the 待答复 list
    const flags = page.getByRole('table', { name: '预警列表' });
    await flags
      .getByRole('button', { name: `答复：${lagging.name}` })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: '答复预警' });
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await dialog.getByText('请填写原因说明').waitFor();
    await dialog.getByLabel('原因说明').fill('采购合同于11月签订，款项12月集中支付');
    await dialog.getByLabel('处理方式').click({ force: true });
    await page.getByTitle('继续执行', { exact: true }).click();
    await dialog.getByLabel('整改措施').fill('与供应商协商，12月底前完成验收并支付');
    await expectAccessible(page);
    await screenshot(page, '11-flag-answer');
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await page.getByText('已答复').first().waitFor();

    const answered = await request(t.http)
      .get('/api/execution/flags')
      .query({ projectId: lagging.id, status: 'answered' })
      .set(manager.headers)
      .expect(200);
    expect(
      answered.body.items.map((f: { measure: string; correctiveAction: string | null }) => [
        f.measure,
        f.correctiveAction,
      ]),
    ).toContainEqual(['继续执行', '与供应商协商，12月底前完成验收并支付']);
    expect(consoleErrors()).toEqual([]);
  });

  it('takes monthly amounts pasted from Excel and shows a refused amount on its cell', async () => {
    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, evaluator.user.username, evaluator.password);
    await page.getByRole('heading', { name: '我的任务' }).waitFor();
    await page.goto(`${t.baseUrl}/execution`);
    await page.getByRole('heading', { name: '执行进度' }).waitFor();
    const grid = page.getByRole('table', { name: '月度累计执行数' });
    await grid.getByLabel(`${lagging.name} 1月累计执行数`).waitFor();

    // Two months copied from a spreadsheet, one paste
    await pasteInto(page, `${lagging.name} 1月累计执行数`, '2.00\t4.50\r\n');
    expect(await grid.getByLabel(`${lagging.name} 2月累计执行数`).inputValue()).toBe('4.50');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存 2 条执行记录').waitFor();

    // March above today's 10.00: the cumulative amount would fall later, refused on the March cell
    const march = grid.getByLabel(`${lagging.name} 3月累计执行数`);
    await march.fill('50');
    await page.getByRole('button', { name: '保存' }).click();
    await grid.getByRole('alert').first().waitFor();
    expect(await march.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, '12-execution-grid');
    expect(consoleErrors([400])).toEqual([]);
  });

  it('lists monitoring reports and opens one for review', async () => {
    const opened = await request(t.http)
      .post('/api/execution/reports')
      .set(evaluator.headers)
      .send({ unitId: project.unitId, year, period: 4 })
      .expect((r) => expect([200, 201]).toContain(r.status));
    const id = opened.body.id as string;
    await request(t.http)
      .post(`/api/execution/reports/${id}/submit`)
      .set(evaluator.headers)
      .send({ version: opened.body.version });

    const { page, consoleErrors } = await open();
    await logIn(page, t.baseUrl, manager.user.username, manager.password);
    await page.getByRole('heading', { name: '审核' }).waitFor();
    await page.goto(`${t.baseUrl}/reports`);
    await page.getByRole('heading', { name: '监控报告' }).waitFor();
    await expectAccessible(page);
    await page.goto(`${t.baseUrl}/reports/${id}`);
    await page.getByRole('heading', { name: '绩效运行监控报告' }).waitFor();
    const state = (await request(t.http).get(`/api/execution/reports/${id}`).set(manager.headers).expect(200))
      .body.state;
    if (state === 'submitted') {
      await page.getByRole('button', { name: '退回' }).click();
      const dialog = page.getByRole('dialog', { name: '退回监控报告' });
      await dialog.getByLabel('退回意见').fill('请补充偏差原因');
      await dialog.getByRole('button', { name: '退回' }).click();
      await page.getByRole('toolbar', { name: '报告操作' }).getByText('已退回').waitFor();
    }
    await expectAccessible(page);
    await screenshot(page, '13-monitoring-report');
    expect(consoleErrors([422])).toEqual([]);
  });
});
