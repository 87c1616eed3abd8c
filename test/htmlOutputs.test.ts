/// <reference lib="dom" />
/**
 * The HTML access matrix and audit report in a real browser (Debian chromium, headless, through
 * playwright-core): they load with no console error and no request, sorting and filtering work.
 * Screenshots go to test-results/.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../..');
const CLI = path.join(REPO, 'bin/routeguard.js');
const CHROMIUM = '/usr/bin/chromium';
const RESULTS = path.join(REPO, 'test-results');
const required = process.env.ROUTEGUARD_REQUIRE_EDITORS === '1';

describe('HTML outputs in chromium', function () {
  this.timeout(120000);
  let dir = '';
  let browser: import('playwright-core').Browser | undefined;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      if (required) throw new Error(`the HTML test needs ${CHROMIUM} (.ci/run installs it)`);
      console.log(`      (skipped: ${CHROMIUM} not installed; .ci/run installs it)`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-html-'));
    const fixture = path.join(REPO, 'test-fixtures/northwind-portal');
    for (const args of [
      ['matrix', fixture, '--format', 'html', '--output', path.join(dir, 'matrix.html')],
      ['audit', fixture, '--format', 'html', '--output', path.join(dir, 'report.html'), '--fail-on', 'never', '--no-git-history'],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    fs.mkdirSync(RESULTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string) {
    const page = await browser!.newPage({ viewport: { width: 1500, height: 1000 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    // a self-contained page asks for nothing but itself (links are only followed when clicked)
    page.on('request', (r) => {
      if (r.url() !== 'file://' + path.join(dir, file)) problems.push(`request: ${r.url()}`);
    });
    await page.goto('file://' + path.join(dir, file));
    await page.waitForLoadState('load');
    return { page, problems };
  }

  const visiblePaths = (page: import('playwright-core').Page) =>
    page.$$eval('#matrix tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLTableRowElement).cells[1].textContent!.trim()));

  it('the access matrix loads cleanly, sorts by any column and filters', async () => {
    const { page, problems } = await open('matrix.html');
    const all = await visiblePaths(page);
    assert.ok(all.length >= 15, `expected the sample portal's routes, got ${all.length}`);
    assert.match(await page.textContent('#shown') ?? '', new RegExp(`^${all.length} of ${all.length} routes shown`));
    assert.match(await page.textContent('.cards') ?? '', /unauthenticated/);

    // sort by path, ascending then descending
    await page.click('th:nth-child(2) button');
    const asc = await visiblePaths(page);
    assert.deepEqual(asc, [...all].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
    assert.equal(await page.getAttribute('th:nth-child(2)', 'aria-sort'), 'ascending');
    await page.click('th:nth-child(2) button');
    assert.deepEqual(await visiblePaths(page), [...asc].reverse());
    // sort by findings: the routes with most findings last when ascending
    await page.click('th:nth-child(11) button');
    const counts = await page.$$eval('#matrix tbody tr', (rows) => rows.map((r) => Number(((r as HTMLTableRowElement).cells[10].dataset.sort ?? '0').slice(0, 3))));
    assert.deepEqual(counts, [...counts].sort((a, b) => a - b));

    // text filter: every visible row mentions the words, in any column
    await page.fill('#filter', 'invoices');
    const filtered = await visiblePaths(page);
    assert.ok(filtered.length > 0 && filtered.length < all.length, `filter kept ${filtered.length} of ${all.length}`);
    assert.ok(filtered.every((p) => p.includes('invoices')), filtered.join(', '));
    await page.fill('#filter', 'requireAuth unscoped');
    const both = await page.$$eval('#matrix tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.textContent!.toLowerCase()));
    assert.ok(both.length > 0 && both.every((t) => t.includes('requireauth') && t.includes('unscoped')));
    await page.fill('#filter', '');

    // needs attention: findings, unauthenticated without a public reason, or unscoped
    await page.check('#attention');
    const attention = await page.$$eval('#matrix tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.attention));
    assert.ok(attention.length > 0 && attention.length < all.length);
    assert.ok(attention.every((a) => a === '1'));
    await page.screenshot({ path: path.join(RESULTS, 'access-matrix-attention.png'), fullPage: true });
    await page.uncheck('#attention');

    // each row links to its source line
    const href = await page.getAttribute('#matrix tbody tr td:nth-child(4) a', 'href');
    assert.match(href ?? '', /\.(?:ts|js)#L\d+$/);
    await page.screenshot({ path: path.join(RESULTS, 'access-matrix.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the audit report loads cleanly with findings by route and source links', async () => {
    const { page, problems } = await open('report.html');
    assert.match(await page.textContent('h1') ?? '', /routeguard audit/);
    const routes = await page.$$eval('h3 code', (els) => els.map((e) => e.textContent));
    assert.ok(routes.some((r) => r === 'GET /api/invoices/:id'), routes.join(', '));
    const links = await page.$$eval('li a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.some((h) => /#L\d+$/.test(h ?? '')));
    await page.screenshot({ path: path.join(RESULTS, 'audit-report.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
