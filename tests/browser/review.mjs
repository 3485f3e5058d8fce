// The review desk end to end, in the same Chromium as run.mjs (which calls this): on a
// fresh store, the analyst opens /review, merges two actors, rejects a stance and sets a
// speaker, each by clicking the page's own forms; after a reload the decisions are still
// there, and the report written afterwards shows them, marked as the analyst's. Last, the
// same with the keyboard: j to an item, r to reject it, a reload, u to undo.
import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, waitForHttp } from './webdriver.mjs';

// Articles written for this test. The extractor stores one negotiator under two spellings,
// takes "the Kremlin" for the speaker of a quote, and links the first quote to Crimea's
// recognition as Russian: three things an analyst corrects.
const ARTICLES = {
  'r1.txt': `Delegations trade terms in Istanbul

ISTANBUL, 12 May 2025 - Ukrainian negotiator Olena Marchuk told reporters on Monday: "Russian troops must leave every occupied region, Crimea included, before any deal is signed." The Kremlin said: "Kyiv has to give up its hope of joining NATO."
`,
  'r2.txt': `Second day of talks in Istanbul

ISTANBUL, 13 May 2025 - Olena Martschuk, who leads the Ukrainian delegation, said: "We will not accept a ceasefire that freezes the front line." Kremlin spokesman Dmitry Peskov spoke to reporters after the session.

"Sanctions relief must come first," the Kremlin said in a statement.
`,
};
const HOSTILE_NOTE = 'same person <img src=x onerror=alert(3)><script>alert(4)</script>';

/** Text of the page's elements matching `css`, for assertions. */
const texts = (b, css) => b.exec(`return [...document.querySelectorAll(${JSON.stringify(css)})].map(e => e.textContent)`);

/** `fn`, or null while the page is between documents (a form was just posted). */
const settled = (fn) => async () => { try { return await fn(); } catch { return null; } };

export async function reviewTests({ bin, scenario, work, browser: b, test, assert, severe }) {
  const dir = join(work, 'review-articles');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  const run = (...args) => execFileSync(bin, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const db = join(work, 'review.db');
  run('ingest', '--db', db, dir);
  const before = join(work, 'review-before.html');
  const after = join(work, 'review-after.html');
  run('report', '--scenario', scenario, '--db', db, '-o', before, '--draws', '100');
  const actors = JSON.parse(run('actors', '--db', db, '--format', 'json'));
  const id = (name) => {
    const a = actors.find((x) => x.name === name);
    if (!a) throw new Error(`no actor ${name} in ${actors.map((x) => x.name)}`);
    return a.id;
  };
  const keep = id('Olena Marchuk');
  const other = id('Olena Martschuk');

  const port = await freePort();
  const server = spawn(bin, ['serve', '--db', db, '--scenario', scenario, '--addr', `127.0.0.1:${port}`, '--draws', '100'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr.on('data', (d) => { log += d; });
  const base = `http://127.0.0.1:${port}`;
  const crimea = '.stance[data-key$="#crimea"]';
  let speechKey;
  try {
    await waitForHttp(`${base}/api/review`, 60000);

    await test('review desk: lists a contradicted stance and a non-person speaker', async () => {
      await b.goto(`${base}/review`);
      const why = await b.waitFor(settled(async () => (await texts(b, `${crimea} .why`))[0]), 'the Crimea stance');
      assert(why.includes('contradiction'), `Crimea stance queued because: ${why}`);
      speechKey = await b.exec('return [...document.querySelectorAll(".speech")].find(e => e.textContent.includes("Sanctions relief"))?.getAttribute("data-key")');
      assert(speechKey, 'the quote the Kremlin is said to have spoken is not queued');
      const opts = await texts(b, '#merge-form select[name=key] option');
      assert(opts.some((o) => o.includes(`(#${other})`)), `actor #${other} not offered for merging`);
      const errors = severe(await b.consoleLog());
      assert(errors.length === 0, JSON.stringify(errors).slice(0, 400));
    });

    await test('review desk: merge two actors by click', async () => {
      await b.click(await b.find(`#merge-form select[name=value] option[value="${keep}"]`));
      await b.click(await b.find(`#merge-form select[name=key] option[value="${other}"]`));
      await b.type(await b.find('#merge-form input[name=note]'), HOSTILE_NOTE);
      await b.click(await b.find('#merge-form button[data-action=merge]'));
      await b.waitFor(settled(async () => {
        const opts = await texts(b, '#merge-form select[name=key] option');
        return opts.length > 0 && !opts.some((o) => o.includes(`(#${other})`));
      }), 'the merged actor to leave the list');
    });

    await test('review desk: reject a stance by click', async () => {
      await b.click(await b.find(`${crimea} button[data-action="status:rejected"]`));
      await b.waitFor(settled(async () => (await b.exec(`return location.pathname === "/review" && document.readyState === "complete" && document.querySelectorAll('${crimea}').length === 0 && document.querySelectorAll('#merge').length === 1`))), 'the rejected stance to leave the queue');
    });

    await test('review desk: set a speaker by typing a name', async () => {
      const item = `.speech[data-key="${speechKey}"]`;
      await b.type(await b.find(`${item} input[type=text][name=value]`), 'Dmitry Peskov');
      await b.type(await b.find(`${item} input[type=text][name=note]`), 'heard on the recording');
      await b.click(await b.find(`${item} button[data-action=speaker]`));
      await b.waitFor(settled(async () => (await b.exec(`return location.pathname === "/review" && document.readyState === "complete" && document.querySelectorAll('${item}').length === 0 && document.querySelectorAll('#merge').length === 1`))), 'the corrected quote to leave the queue');
    });

    await test('review desk: the decisions survive a reload and are stored as corrections', async () => {
      await b.exec('location.reload()');
      await b.waitFor(settled(() => b.exec('return document.readyState === "complete" && document.querySelectorAll("#merge").length === 1')), 'the page after reload');
      const summary = (await texts(b, 'main > p.muted'))[0] || '';
      assert(summary.includes('3 correction(s)'), `summary says: ${summary}`);
      assert((await b.exec(`return document.querySelectorAll('${crimea}, .speech[data-key="${speechKey}"]').length`)) === 0, 'a decided item is queued again');
      assert(!(await texts(b, '#merge-form select[name=key] option')).some((o) => o.includes(`(#${other})`)), 'the merged actor is back');
      const lines = run('corrections', 'export', '--db', db).trim().split('\n').map((l) => JSON.parse(l));
      assert(lines.length === 3, `${lines.length} corrections exported`);
      const fields = lines.map((c) => `${c.target}.${c.field}`).sort().join(' ');
      assert(fields === 'actor.merge_into quote.speaker stance.status', `exported: ${fields}`);
      assert(lines.every((c) => c.author === 'analyst'), 'an author is missing');
      assert(await b.alertText() === null, 'a dialog opened');
    });

    await test('review desk: the report written afterwards shows the changes as the analyst\'s', async () => {
      run('report', '--scenario', scenario, '--db', db, '-o', after, '--draws', '100');
      // Before the review: the Crimea stance is a stated position; two spellings speak.
      await b.goto(`file://${before}`);
      const rowsBefore = await texts(b, '#positions tbody tr');
      assert(rowsBefore.some((r) => r.includes('Status of Crimea') && r.includes('Russian troops must leave')), 'the Crimea stance was not in the report before the review');
      assert((await texts(b, '#who-said-what h3')).includes('Olena Martschuk'), 'the second spelling did not speak before the review');
      await b.goto(`file://${after}`);
      await b.exec('window.__pwned = false; window.alert = () => { window.__pwned = true; };');
      const m = await b.exec(`
        const speakers = [...document.querySelectorAll('#who-said-what .speaker')];
        const by = (n) => speakers.find(s => s.querySelector('h3').textContent === n);
        const marchuk = by('Olena Marchuk'), peskov = by('Dmitry Peskov');
        const q = (el, text) => el && [...el.querySelectorAll('blockquote')].find(b => b.textContent.includes(text));
        const sanctions = q(peskov, 'Sanctions relief');
        return {
          names: speakers.map(s => s.querySelector('h3').textContent),
          marchukHasMovedQuote: !!q(marchuk, 'freezes the front line'),
          mergeMark: marchuk && marchuk.querySelector('.role details.analyst') ? marchuk.querySelector('.role details.analyst').textContent : null,
          speakerMark: sanctions && sanctions.querySelector('details.analyst') ? sanctions.querySelector('details.analyst').textContent : null,
          positions: [...document.querySelectorAll('#positions tbody tr')].map(r => r.textContent),
          injected: document.querySelectorAll('main img, body img, details script').length,
        };`);
      assert(!m.names.includes('Olena Martschuk'), `the merged spelling still speaks: ${m.names}`);
      assert(m.marchukHasMovedQuote, 'the merged actor\'s quote is not under the kept actor');
      assert(m.mergeMark && m.mergeMark.includes('analyst') && m.mergeMark.includes('merge_into') && m.mergeMark.includes('onerror=alert(3)'), `merge mark: ${m.mergeMark}`);
      assert(m.speakerMark && m.speakerMark.includes('speaker') && m.speakerMark.includes('machine: Kremlin') && m.speakerMark.includes('heard on the recording'), `speaker mark: ${m.speakerMark}`);
      assert(!m.positions.some((r) => r.includes('Status of Crimea')), 'the rejected stance is still a stated position');
      assert(m.positions.some((r) => r.includes('Sanctions') && r.includes('Dmitry Peskov') && r.includes('Russia')), `the corrected speaker's stance is not Russia's: ${m.positions}`);
      assert(m.injected === 0, `${m.injected} injected elements`);
      assert(await b.exec('return window.__pwned') === false, 'alert ran');
      assert(await b.alertText() === null, 'a dialog opened');
    });

    await test('review desk: keyboard: j moves to an item, r rejects it, u undoes', async () => {
      await b.goto(`${base}/review`);
      await b.waitFor(settled(() => b.exec('return document.readyState === "complete" && document.querySelectorAll(".item button[data-action=\'status:rejected\']").length > 0')), 'an item to reject');
      const focused = 'const a = document.activeElement; return a && a.classList.contains("item") ? { rejectable: !!a.querySelector("button[data-action=\'status:rejected\']"), key: a.getAttribute("data-key"), target: a.getAttribute("data-target") } : null;';
      let f = null;
      for (let i = 0; i < 60 && !(f && f.rejectable); i++) {
        await b.keys('j');
        f = await b.exec(focused);
      }
      assert(f && f.rejectable && f.key, `j never focused an item that can be rejected: ${JSON.stringify(f)}`);
      const { key, target } = f;
      const sel = `.item[data-key="${key}"]`;
      const gone = `return location.pathname === "/review" && document.readyState === "complete" && document.querySelectorAll('#merge').length === 1 && document.querySelectorAll('${sel}').length === 0`;
      await b.keys('r');
      await b.waitFor(settled(() => b.exec(gone)), 'the rejected item to leave the queue');
      // The focus goes to the item that took the decided one's place, if any is left.
      const refocused = await b.exec('const a = document.activeElement; return document.querySelectorAll(".item").length === 0 || !!(a && a.classList.contains("item"))');
      assert(refocused, 'after the decision, no queued item has focus');
      await b.exec('location.reload()');
      await b.waitFor(settled(() => b.exec(gone)), 'the page after reload, without the item');
      const stored = () => run('corrections', 'export', '--db', db).trim().split('\n').map((l) => JSON.parse(l)).filter((c) => c.key === key);
      const mine = stored();
      assert(mine.length === 1 && mine[0].target === target && mine[0].field === 'status' && mine[0].value === 'rejected' && mine[0].action === 'set',
        `corrections stored for ${target} ${key}: ${JSON.stringify(mine)}`);
      const undo = await b.exec('return document.querySelector("#undo-line") && !document.querySelector("#undo-line").hidden ? document.querySelector("#undo-text").textContent : null');
      assert(undo && undo.includes('Reject'), `the undo line says: ${undo}`);
      await b.keys('u');
      await b.waitFor(settled(() => b.exec(`return location.pathname === "/review" && document.readyState === "complete" && document.querySelectorAll('${sel}').length === 1`)), 'the undone item to come back');
      const after = stored();
      assert(after.length === 2 && after[1].action === 'undo' && after[1].field === 'status', `after undo: ${JSON.stringify(after)}`);
      await b.keys('?');
      assert(await b.exec('return !document.querySelector("#keys-help").hidden'), '? did not show the help');
      const errors = severe(await b.consoleLog());
      assert(errors.length === 0, JSON.stringify(errors).slice(0, 400));
    });
  } finally {
    server.kill();
    if (log.includes('panicked')) console.log(`review server log:\n${log.slice(-2000)}`);
  }
}
