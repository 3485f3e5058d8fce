// A minimal W3C WebDriver client for chromedriver, on Node's built-in fetch: no npm packages.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}

export async function waitForHttp(url, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    try { const r = await fetch(url); if (r.status < 500) return r; } catch { /* not up yet */ }
    if (Date.now() > end) throw new Error(`no answer from ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export class Browser {
  static async start({ chromedriver = process.env.CHROMEDRIVER || 'chromedriver',
                       chromium = process.env.CHROMIUM || '/usr/bin/chromium',
                       width = 1280, height = 900 } = {}) {
    const port = await freePort();
    const proc = spawn(chromedriver, [`--port=${port}`], { stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/status`);
    const profile = mkdtempSync(join(tmpdir(), 'detente-chromium-'));
    const caps = {
      capabilities: { alwaysMatch: {
        browserName: 'chrome',
        'goog:chromeOptions': {
          binary: chromium,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                 '--disable-background-networking', '--disable-component-update', '--disable-sync',
                 '--disable-dev-shm-usage', '--hide-scrollbars', '--force-device-scale-factor=1',
                 `--user-data-dir=${profile}`, `--window-size=${width},${height}`],
        },
        'goog:loggingPrefs': { browser: 'ALL' },
        unhandledPromptBehavior: 'ignore',
      } },
    };
    const b = new Browser(base, proc, profile);
    const r = await b.raw('POST', '/session', caps);
    b.session = r.sessionId;
    return b;
  }

  constructor(base, proc, profile) { this.base = base; this.proc = proc; this.profile = profile; }

  async raw(method, path, body) {
    const r = await fetch(this.base + path, {
      method, headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const j = await r.json();
    if (j.value && j.value.error) {
      const e = new Error(`${j.value.error}: ${j.value.message}`.slice(0, 400));
      e.code = j.value.error;
      throw e;
    }
    return j.value;
  }

  cmd(method, path, body) { return this.raw(method, `/session/${this.session}${path}`, body); }
  goto(url) { return this.cmd('POST', '/url', { url }); }
  exec(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }); }
  async find(css) { const e = await this.cmd('POST', '/element', { using: 'css selector', value: css }); return e[ELEMENT]; }
  async findAll(css) { return (await this.cmd('POST', '/elements', { using: 'css selector', value: css })).map((e) => e[ELEMENT]); }
  click(el) { return this.cmd('POST', `/element/${el}/click`, {}); }
  text(el) { return this.cmd('GET', `/element/${el}/text`); }
  async type(el, s) { await this.cmd('POST', `/element/${el}/clear`, {}); return this.cmd('POST', `/element/${el}/value`, { text: s }); }
  /** Presses and releases each key of `s` as real keyboard input (W3C actions) on whatever
   *  has focus. */
  async keys(s) {
    const actions = [];
    for (const k of s) actions.push({ type: 'keyDown', value: k }, { type: 'keyUp', value: k });
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    return this.cmd('DELETE', '/actions');
  }
  async alertText() {
    try { return await this.cmd('GET', '/alert/text'); } catch (e) { if (e.code === 'no such alert') return null; throw e; }
  }
  /** Browser console entries since the last call (chromedriver's legacy log endpoint). */
  async consoleLog() { return this.cmd('POST', '/se/log', { type: 'browser' }); }
  async waitFor(fn, what, ms = 10000) {
    const end = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  cdp(cmd, params = {}) { return this.cmd('POST', '/goog/cdp/execute', { cmd, params }); }
  /** Screenshot of the element matching `css` (whole element, even beyond the viewport),
   *  or of the whole page when `css` is omitted. */
  async screenshot(file, css) {
    const rect = await this.exec(`
      const el = arguments[0] ? document.querySelector(arguments[0]) : document.documentElement;
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width,
               height: arguments[0] ? r.height : document.documentElement.scrollHeight };`, css || null);
    if (!rect) throw new Error(`nothing matches ${css}`);
    const shot = await this.cdp('Page.captureScreenshot', {
      format: 'png', captureBeyondViewport: true,
      clip: { x: rect.x, y: rect.y, width: Math.ceil(rect.width), height: Math.ceil(rect.height), scale: 1 },
    });
    writeFileSync(file, Buffer.from(shot.data, 'base64'));
  }
  async setWindow(width, height) { return this.cmd('POST', '/window/rect', { width, height }); }
  async quit() {
    try { await this.cmd('DELETE', ''); } catch { /* already gone */ }
    this.proc.kill();
    try { rmSync(this.profile, { recursive: true, force: true }); } catch { /* best effort */ }
  }
}
