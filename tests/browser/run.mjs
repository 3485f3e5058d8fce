#!/usr/bin/env node
// End-to-end tests of the report and the dashboard in real headless Chromium, driven over
// W3C WebDriver by chromedriver. No npm packages: Node's fetch and child_process only.
//
//   node tests/browser/run.mjs            (from the repository root)
//
// Needs: Debian's `chromium` and `chromium-driver` (chromedriver on PATH, or CHROMEDRIVER /
// CHROMIUM set), and a built binary (DETENTE_BIN, default target/debug/detente).
// Set SCREENSHOTS=1 to (re)write docs/img/report.png and docs/img/dashboard.png.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, freePort, waitForHttp } from './webdriver.mjs';
import { reviewTests } from './review.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const bin = resolve(root, process.env.DETENTE_BIN || 'target/debug/detente');
const scenario = join(root, 'examples/ukraine-2025/scenario.toml');
if (!existsSync(bin)) { console.error(`no binary at ${bin}: run cargo build -p detente first`); process.exit(2); }

const work = mkdtempSync(join(tmpdir(), 'detente-browser-'));
const articles = join(work, 'articles');
mkdirSync(articles);
// Small articles written for these tests; the last one is hostile on purpose.
writeFileSync(join(articles, 'a1.txt'), `Envoys meet again in Geneva

GENEVA, 3 June 2025 - Negotiators met on Tuesday for a new round. "We are ready to discuss a ceasefire along the current line," Russian Foreign Minister Sergei Lavrov said after the meeting. Ukrainian President Volodymyr Zelensky said: "No territory will be given away in any agreement."
`);
writeFileSync(join(articles, 'a2.txt'), `Washington presses both sides

WASHINGTON, 10 June 2025 - US Secretary of State Marco Rubio told reporters on Monday: "Both sides will have to make hard choices on security guarantees." Kremlin spokesman Dmitry Peskov said: "Sanctions relief must come first."
`);
writeFileSync(join(articles, 'h.txt'), 'Talks resume in Geneva\n\nThe minister said on Monday: "We reject <script>alert(1)</script> as a basis for talks." He called the "<img src=x onerror=alert(2)>" offer void.\n');

const run = (...args) => execFileSync(bin, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const db = join(work, 'b.db');
run('ingest', '--db', db, articles);
const reportFile = join(work, 'report.html');
run('report', '--scenario', scenario, '--db', db, '-o', reportFile, '--draws', '300');

const port = await freePort();
const server = spawn(bin, ['serve', '--db', db, '--scenario', scenario, '--addr', `127.0.0.1:${port}`, '--draws', '300'], { stdio: ['ignore', 'ignore', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (d) => { serverLog += d; });
const base = `http://127.0.0.1:${port}`;

let failures = 0;
const results = [];
async function test(name, fn) {
  try { await fn(); results.push(`PASS  ${name}`); }
  catch (e) { failures++; results.push(`FAIL  ${name}: ${e.message}`); }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }
const severe = (log) => log.filter((e) => e.level === 'SEVERE' && !/favicon/.test(e.message));

let browser;
try {
  await waitForHttp(`${base}/api/quotes`, 60000);
  // The scenario is analysed beside the running server; wait for it before testing pages.
  const end = Date.now() + 180000;
  while ((await fetch(`${base}/api/analysis`)).status !== 200) {
    if (Date.now() > end) throw new Error('the scenario analysis never arrived');
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await Browser.start({ width: 1280, height: 1000 });
  const b = browser;

  await test('dashboard loads with no console errors', async () => {
    await b.goto(`${base}/`);
    await b.waitFor(() => b.exec('return document.querySelectorAll("#quotes-table tbody tr[data-quote-id]").length'), 'quote rows');
    await new Promise((r) => setTimeout(r, 500));
    const errors = severe(await b.consoleLog());
    assert(errors.length === 0, JSON.stringify(errors).slice(0, 400));
  });

  await test('dashboard charts render their marks', async () => {
    const m = await b.exec(`return {
      svgs: document.querySelectorAll('svg.chart').length,
      cells: document.querySelectorAll('svg[data-chart=heatmap] g.cell rect').length,
      frontier: document.querySelectorAll('svg[data-chart=frontier] .frontier-point').length,
      solutions: document.querySelectorAll('svg[data-chart=frontier] .solution').length,
      bars: document.querySelectorAll('svg[data-chart=robustness] rect.bar').length,
      quotes: document.querySelectorAll('svg[data-chart=timeline] circle.quote').length,
      zopa: document.querySelectorAll('svg[data-chart=zopa]').length }`);
    assert(m.svgs >= 5, `only ${m.svgs} charts`);
    assert(m.cells >= 8, `heatmap has ${m.cells} cells`);
    assert(m.frontier > 2, `frontier has ${m.frontier} points`);
    assert(m.solutions >= 4, `frontier has ${m.solutions} solution marks`);
    assert(m.bars >= 2, `robustness has ${m.bars} bars`);
    assert(m.quotes >= 1, `timeline has ${m.quotes} quotes`);
    assert(m.zopa >= 2, `${m.zopa} agreement charts`);
  });

  await test('a side filter click changes the quote table', async () => {
    const before = await b.exec('return document.querySelectorAll("#quotes-table tbody tr[data-quote-id]").length');
    const chips = await b.exec('return [...document.querySelectorAll("#f-party button[data-party]")].map(x => x.getAttribute("data-party")).filter(Boolean)');
    assert(chips.length >= 2, `only ${chips.length} side chips: ${chips}`);
    const side = chips[0];
    const chip = await b.find(`#f-party button[data-party="${side}"]`);
    await b.click(chip);
    const rows = await b.waitFor(async () => {
      const r = await b.exec('return [...document.querySelectorAll("#quotes-table tbody tr[data-quote-id]")].map(tr => tr.children[2].textContent)');
      return r.length > 0 && r.length < before && r.every((s) => s === side) ? r : null;
    }, `table filtered to ${side}`);
    assert(rows.length < before, 'row count did not change');
    const pressed = await b.exec(`return document.querySelector('#f-party button[data-party="${side}"]').getAttribute('aria-pressed')`);
    assert(pressed === 'true', 'chip not marked as pressed');
    await b.click(await b.find('#f-party button[data-party=""]'));
    await b.waitFor(async () => (await b.exec('return document.querySelectorAll("#quotes-table tbody tr[data-quote-id]").length')) === before, 'filter cleared');
  });

  await test('live search shows marked matches', async () => {
    await b.type(await b.find('#f-q'), 'ceasefire');
    await b.waitFor(() => b.exec('return document.querySelectorAll("#search-results mark.hit").length'), 'search hits');
  });

  await test('the hostile article stays inert on the dashboard', async () => {
    await b.exec('window.__pwned = false; window.alert = () => { window.__pwned = true; };');
    await b.exec('location.hash = "#a:h.txt:0"');
    const text = await b.waitFor(async () => {
      const t = await b.exec('return document.querySelector("#article-body").textContent');
      return t && t.includes('alert(1)') ? t : null;
    }, 'hostile article shown');
    assert(text.includes('<script>alert(1)</script>'), 'script tag not shown literally');
    assert(text.includes('<img src=x onerror=alert(2)>'), 'img tag not shown literally');
    const injected = await b.exec('return document.querySelectorAll("#article-view script, #article-view img, main img").length');
    assert(injected === 0, `${injected} injected elements`);
    assert(await b.exec('return window.__pwned') === false, 'alert ran');
    assert(await b.alertText() === null, 'a dialog opened');
    const marks = await b.exec('return document.querySelectorAll("#article-body mark").length');
    assert(marks >= 1, 'no highlighted span');
  });

  await test('the scenario editor re-runs the analysis', async () => {
    await b.waitFor(() => b.exec('return document.querySelectorAll("#editor-table tbody tr").length'), 'first analysis');
    // Make the first party walk away from everything: its column turns to ✗ (all but the
    // no-deal row, which is worth exactly the walk-away score).
    const before = await b.exec('return [...document.querySelectorAll("#editor-table tbody tr")].filter(tr => tr.children[1].textContent.includes("\u2717")).length');
    const input = await b.find('#editor-form fieldset input');
    await b.type(input, '100');
    await b.waitFor(async () => {
      const cells = await b.exec('return [...document.querySelectorAll("#editor-table tbody tr")].map(tr => tr.children[1].textContent)');
      const no = cells.filter((c) => c.includes('\u2717')).length;
      return cells.length > 1 && no >= cells.length - 1 && no > before ? cells : null;
    }, 'every proposal below the new walk-away score', 60000);
    const errors = severe(await b.consoleLog());
    assert(errors.length === 0, JSON.stringify(errors).slice(0, 400));
  });

  if (process.env.SCREENSHOTS) {
    await b.exec('location.hash = ""; window.scrollTo(0, 0); document.querySelector("#article-view").hidden = true; document.querySelector("#f-q").value = ""; document.querySelector("#search-results").replaceChildren();');
    await new Promise((r) => setTimeout(r, 300));
    const shotH = await b.exec('return Math.min(document.querySelector("#proposals").getBoundingClientRect().bottom + scrollY, 2600)');
    const shot = await b.cdp('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width: 1280, height: shotH, scale: 1 } });
    writeFileSync(join(root, 'docs/img/dashboard.png'), Buffer.from(shot.data, 'base64'));
  }

  await test('the report opens from disk and renders its charts', async () => {
    await b.goto(`file://${reportFile}`);
    await new Promise((r) => setTimeout(r, 500));
    const m = await b.exec(`return {
      svgs: document.querySelectorAll('svg.chart').length,
      cells: document.querySelectorAll('svg[data-chart=heatmap] g.cell').length,
      frontier: document.querySelectorAll('svg[data-chart=frontier] .frontier-point').length,
      scripts: document.scripts.length,
      width: document.querySelector('svg[data-chart=frontier]').getBoundingClientRect().width }`);
    assert(m.svgs >= 3, `only ${m.svgs} charts`);
    assert(m.cells >= 8 && m.frontier > 2, JSON.stringify(m));
    assert(m.scripts === 0, `${m.scripts} scripts in the report`);
    assert(m.width > 200, `frontier chart is ${m.width}px wide`);
    const body = await b.exec('return document.body.textContent');
    assert(body.includes('<script>alert(1)</script>'), 'hostile text not shown literally');
    assert(await b.alertText() === null, 'a dialog opened');
    const errors = severe(await b.consoleLog());
    assert(errors.length === 0, JSON.stringify(errors).slice(0, 400));
    if (process.env.SCREENSHOTS) {
      const h = await b.exec('return Math.min(document.querySelector("#timeline").getBoundingClientRect().bottom + scrollY + 10, 2600)');
      const shot = await b.cdp('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width: 1280, height: h, scale: 1 } });
      writeFileSync(join(root, 'docs/img/report.png'), Buffer.from(shot.data, 'base64'));
    }
  });

  // The review desk, on a store of its own (review.mjs).
  await reviewTests({ bin, scenario, work, browser: b, test, assert, severe });
} catch (e) {
  failures++;
  results.push(`FAIL  setup: ${e.message}`);
} finally {
  if (browser) await browser.quit();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
console.log(results.join('\n'));
if (failures) console.log(`server log:\n${serverLog.slice(-2000)}`);
console.log(`${failures} failed`);
process.exit(failures ? 1 : 0);
