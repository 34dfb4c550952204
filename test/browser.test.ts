// End to end in Debian's Chromium (playwright-core): `detente demo` serves the dashboard; the
// matrix loads, a cell's evidence sentence is highlighted in its article, the timeline filters,
// the network and the map draw, and the console stays free of errors. Screenshots of each view
// go to test-output/screenshots (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const skip = !existsSync(CHROMIUM) && !process.env.CI ? `no ${CHROMIUM} (apt-get install chromium; .ci/run does)` : false;

const TOKEN = 'browser-test-token';
let server: ChildProcess;
let url: string;
let browser: BrowserContext;
let page: Page;
let profile: string;
const consoleErrors: string[] = [];

before(async () => {
  if (skip) return;
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html'))) {
    const b = spawnSync(process.execPath, [join(ROOT, 'web', 'build.mjs')], { encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
  }
  mkdirSync(SHOTS, { recursive: true });
  server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'demo', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DETENTE_TOKEN: TOKEN } });
  let log = '';
  server.stderr!.on('data', (d) => { log += d; });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => { out += d; const m = /^(http:\/\/\S+)\n/m.exec(out); if (m) resolve(m[1]); });
    server.on('exit', (code) => reject(new Error(`detente demo exited ${code}: ${log}`)));
  });
  profile = mkdtempSync(join(tmpdir(), 'detente-chromium-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 } });
  page = browser.pages()[0] ?? await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('browser: the matrix shows the main actors; a cell opens its history and its evidence is highlighted in the article', { skip }, async () => {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('table.matrix td.cell button');
  const loadMs = Date.now() - t0;
  const rows = await page.locator('table.matrix tbody th').allTextContents();
  for (const name of ['Russia', 'Ukraine', 'Hamas']) assert.ok(rows.includes(name), `${name} in ${rows.join(', ')}`);
  const letters = await page.locator('table.matrix td.cell button').allTextContents();
  assert.ok(letters.every((l) => /^[DRSO]\??Δ?$/.test(l)), letters.join(' '));
  await page.screenshot({ path: join(SHOTS, 'positions.png'), fullPage: true });

  const cell = page.locator('td.cell button[data-holder="russia"][data-issue="ceasefire"]');
  await (await cell.count() ? cell : page.locator('td.cell button').first()).click();
  await page.waitForSelector('#history blockquote');
  const evidence = (await page.locator('#history blockquote').first().textContent())!;
  await page.screenshot({ path: join(SHOTS, 'history.png') });
  await page.locator('#history a.evidence-link').first().click();
  await page.waitForSelector('#article-text mark.focus');
  const focused = (await page.locator('#article-text mark.focus').allTextContents()).join('');
  assert.equal(focused, evidence);
  assert.ok(await page.locator('#article-text mark.hl-position').count() > 0);
  assert.ok(await page.locator('#fact-panel li').count() > 0, 'the facts of the highlighted sentence are listed');
  // The text is shown as text: no element of the article body comes from the article itself.
  assert.equal(await page.locator('#article-text *:not(mark)').count(), 0);
  await page.screenshot({ path: join(SHOTS, 'article.png') });
  // An event highlighted in the article leads to the ledger event and every article reporting it.
  await page.locator('#article-text mark.hl-event').first().click();
  await page.locator('#fact-panel a[href^="#/timeline?event="]').first().click();
  await page.waitForSelector('#event-detail li a');
  assert.ok(await page.locator('#event-detail li').count() >= 1);
  process.stderr.write(`# matrix rendered in ${loadMs} ms (first load, demo store)\n`);
});

test('browser: the timeline filters by type and shows casualties', { skip }, async () => {
  await page.goto(`${url}#/timeline`);
  await page.waitForSelector('table.timeline tbody tr');
  const all = await page.locator('#timeline-status').textContent();
  await page.selectOption('#timeline-filters select[name=type]', 'ASSAULT');
  await page.waitForFunction((before) => document.getElementById('timeline-status')?.textContent !== before, all);
  const types = await page.locator('table.timeline tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.type));
  assert.ok(types.length > 0 && types.every((t) => t === 'ASSAULT'), types.join(','));
  const casualties = await page.locator('table.timeline td.casualties').allTextContents();
  assert.ok(casualties.some((c) => /killed/.test(c)), 'some attack shows its casualties');
  assert.ok(parseInt(all!, 10) > types.length);
  await page.screenshot({ path: join(SHOTS, 'timeline.png'), fullPage: true });
});

test('browser: the network and the map draw', { skip }, async () => {
  await page.goto(`${url}#/network`);
  await page.waitForSelector('#network-graph canvas');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, 'network.png') });
  await page.goto(`${url}#/map`);
  await page.waitForSelector('svg.map circle.dot');
  assert.ok(await page.locator('svg.map circle.dot').count() > 3);
  await page.locator('svg.map circle.dot').first().dispatchEvent('click');
  await page.waitForSelector('#map-detail li');
  await page.screenshot({ path: join(SHOTS, 'map.png') });
});

test('browser: an article holding markup shows it as text: no script runs, no element is made from it', { skip }, async () => {
  // Written into the store through the API, as a scraper's text would arrive.
  const text = 'Envoys meet in Geneva\n\nNegotiators from Armenia and Azerbaijan met in Geneva on Monday, officials said. ' +
    'A page carried <script>window.__pwned = "script"</script> and <img src=x onerror="window.__pwned = \'img\'"> in its text.\n';
  const res = await fetch(`${url}api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ text, published: '2025-05-05' }) });
  assert.equal(res.status, 201);
  const [id] = (await res.json() as { ids: string[] }).ids;
  await page.goto(`${url}#/article/${id}`);
  await page.waitForSelector('#article-text');
  await page.waitForTimeout(300);
  const shown = (await page.locator('#article-text').textContent())!;
  assert.ok(shown.includes('<script>window.__pwned = "script"</script>'), 'the markup is shown as the text it is');
  assert.ok(shown.includes('<img src=x onerror='));
  assert.equal(await page.locator('#article-text script, #article-text img, #view img').count(), 0);
  assert.equal(await page.locator('#article-text *:not(mark)').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, 'nothing from the article ran');
});

test('browser: an analyst corrects a statement from the cell history; the cell is marked', { skip }, async () => {
  await page.goto(`${url}#/positions?holder=russia&issue=ceasefire`);
  await page.waitForSelector('#history .statements li');
  await page.locator('#history button.correct-open').last().click();
  await page.selectOption('#history form.correct select[name=action]', 'reject');
  await page.fill('#history form.correct input[name=reason]', 'not a statement on the ceasefire');
  await page.fill('#history form.correct input[name=analyst]', 'Browser Test');
  await page.fill('#history form.correct input[name=token]', TOKEN);
  await page.locator('#history form.correct button[type=submit]').click();
  await page.waitForSelector('#history .statements li.rejected .correction-note');
  assert.match((await page.locator('#history .correction-note').first().textContent())!, /Rejected by Browser Test .*: not a statement on the ceasefire/);
  assert.ok(await page.locator('table.matrix td.corrected').count() >= 1, 'the matrix marks the corrected cell');
  await page.screenshot({ path: join(SHOTS, 'correction.png') });
});

test('browser: no console errors on any view', { skip }, () => {
  assert.deepEqual(consoleErrors, []);
});
