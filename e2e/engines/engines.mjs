// One thin adapter per engine, all with the same few verbs: a fresh page, go to an address,
// evaluate an expression, click at a point on screen, size the viewport, and hand over the errors
// the engine itself reported since last asked. Everything else (finding things, waiting,
// asserting) is written once, above these verbs (reader.mjs, scenarios.mjs).
//   Chromium and Firefox ESR: puppeteer-core, headless (Firefox over WebDriver BiDi).
//   WebKitGTK: WebKitWebDriver and its MiniBrowser over classic WebDriver, on a virtual display
//   (MiniBrowser has no headless mode), spoken to with plain HTTP calls.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/local-web.mjs';

function viaPuppeteer(name, launchOptions) {
  let browser;
  return {
    name,
    async start() {
      browser = await puppeteer.launch({ headless: true, ...launchOptions });
      this.version = await browser.version();
    },
    async stop() {
      await browser?.close();
    },
    async newPage({ width, height }) {
      // A context of its own: no storage or history shared with the previous scenario.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      const errors = [];
      page.on('pageerror', (e) => errors.push(`page error: ${e}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      return {
        goto: (url) => page.goto(url),
        evaluate: (expression) => page.evaluate(expression),
        clickAt: (x, y) => page.mouse.click(x, y),
        setViewport: (w, h) => page.setViewport({ width: w, height: h }),
        errors: () => errors.splice(0),
        close: () => context.close(),
      };
    },
  };
}

export const chromium = () =>
  viaPuppeteer('Chromium', { browser: 'chrome', executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

export const firefox = () =>
  viaPuppeteer('Firefox ESR', {
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    // Puppeteer's own preferences already turn off updates, telemetry and the like.
    extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false },
  });

/** Debian puts MiniBrowser under the multiarch directory, e.g. /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/. */
function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const dir of readdirSync('/usr/lib')) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const path = `/usr/lib/${dir}/${api}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  throw new Error('no MiniBrowser under /usr/lib/*/webkit2gtk-*: install webkit2gtk-driver (scripts/tools.sh does)');
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** Starts `command` and keeps the end of what it prints, to explain a failure. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe', ...(options.extra ?? [])], env: options.env });
  child.log = '';
  const keep = (data) => (child.log = (child.log + data).slice(-2000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const kill = () => child.kill();
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  child.on('error', (e) => keep(String(e)));
  return child;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function webkit() {
  let display;
  let driver;
  let url;
  let session;

  async function send(method, path, body) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }
  const inSession = (method, path, body) => send(method, `/session/${session}${path}`, body);

  return {
    name: 'WebKitGTK',
    async start() {
      // -displayfd picks a free display and says which, so parallel runs do not collide.
      display = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { extra: ['pipe'] });
      const number = await new Promise((resolve, reject) => {
        let said = '';
        display.stdio[3].on('data', (d) => (said += d).includes('\n') && resolve(said.trim()));
        display.once('exit', () => reject(new Error(`Xvfb stopped: ${display.log}`)));
      });
      const port = await freePort();
      driver = start('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: `:${number}` } });
      url = `http://127.0.0.1:${port}`;
      for (let i = 0; ; i++) {
        const ready = await send('GET', '/status').catch(() => null);
        if (ready?.ready) break;
        if (i > 100) throw new Error(`WebKitWebDriver did not start: ${driver.log}`);
        await sleep(100);
      }
      const created = await send('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
            timeouts: { pageLoad: 30000, script: 10000, implicit: 0 },
          },
        },
      });
      session = created.sessionId;
      this.version = `MiniBrowser ${created.capabilities.browserVersion}`;
    },
    async stop() {
      if (session) await inSession('DELETE', '').catch(() => {});
      driver?.kill();
      display?.kill();
    },
    async newPage(viewport) {
      // One browser window for every scenario: a new document each time (a hash-only change of
      // address would keep the old one), and the reader's storage is cleared when a page closes.
      await inSession('POST', '/url', { url: 'about:blank' });
      const page = {
        goto: (address) => inSession('POST', '/url', { url: address }),
        evaluate: (expression) => inSession('POST', '/execute/sync', { script: `return ${expression}`, args: [] }),
        clickAt: async (x, y) => {
          await inSession('POST', '/actions', {
            actions: [
              {
                type: 'pointer',
                id: 'mouse',
                parameters: { pointerType: 'mouse' },
                actions: [
                  { type: 'pointerMove', origin: 'viewport', x, y, duration: 0 },
                  { type: 'pointerDown', button: 0 },
                  { type: 'pointerUp', button: 0 },
                ],
              },
            ],
          });
          await inSession('DELETE', '/actions');
        },
        // The window has a toolbar: size it so that the page itself gets the size asked for. The
        // page learns of a new size a moment after the window has it, so measure until it settles.
        setViewport: async (width, height) => {
          let outer = { width, height };
          for (let tries = 0; tries < 50; tries++) {
            await inSession('POST', '/window/rect', outer);
            await sleep(50);
            const inner = await page.evaluate('({ width: innerWidth, height: innerHeight })');
            if (inner.width === width && inner.height === height) return;
            outer = { width: outer.width + width - inner.width, height: outer.height + height - inner.height };
          }
          throw new Error(`the MiniBrowser window cannot give the page ${width}×${height}`);
        },
        errors: () => [],
        close: async () => {},
      };
      await page.setViewport(viewport.width, viewport.height);
      return page;
    },
  };
}

/** Every engine, or those named in SMOKE_ENGINES (e.g. "firefox,webkit"). */
export function engines() {
  const all = { chromium, firefox, webkit };
  const wanted = (process.env.SMOKE_ENGINES ?? Object.keys(all).join(',')).split(',').map((s) => s.trim());
  return wanted.map((name) => {
    if (!all[name]) throw new Error(`SMOKE_ENGINES: no engine "${name}" (known: ${Object.keys(all).join(', ')})`);
    return all[name]();
  });
}
