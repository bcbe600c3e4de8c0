// The explainer outside its own tab: under a strict Content-Security-Policy, as one file opened from
// disk, framed in a course page on another site (with embed.js), and printed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, serve, started, useApp } from './helpers.mjs';

// What docs/embedding.md recommends; the release build must run under it unchanged.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const app = useApp('/courses/sahel/', {
  headers: { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' },
});

/** Runs before the page's own scripts: every CSP violation, as "directive blocked-URI". */
function recordViolations() {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  );
}

/** Violation events are queued as tasks: let a few run before reading the list. */
async function violations(page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  return page.evaluate(() => window.violations);
}

describe('strict Content-Security-Policy', () => {
  test('the built index.html has no inline script or style, and boots from a relative URL', async () => {
    const html = await readFile(join(DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [tag, attrs, body] of scripts) {
      assert.match(attrs, /\ssrc="\.\/[^"/]+\.js"/, `script with a relative src: ${tag.slice(0, 80)}`);
      assert.equal(body.trim(), '', 'no inline code');
    }
    const boot = html.match(/<script type="module" src="\.\/(boot-[0-9a-f]{16}\.js)" integrity="(sha384-[^"]+)"><\/script>/);
    assert.ok(boot, 'one module script: the boot file, with an SRI hash');
    const loader = await readFile(join(DIST, boot[1]), 'utf8');
    assert.match(loader, /^import init from '\.\/pkg-[0-9a-f]{16}\/sahel-explainer\.js';/);
    assert.doesNotMatch(loader, /window\./, 'no test hooks in what readers download');
    // A fetch preload with an integrity hash only earns a console warning on every embed.
    const preload = html.match(/<link rel="preload"[^>]*>/)[0];
    assert.doesNotMatch(preload, /integrity/);
    assert.doesNotMatch(html, /<[^>]*\sstyle\s*=/i, 'no style attributes');
    assert.doesNotMatch(html, /<style\b/i, 'no style elements');
    const response = await fetch(app.server.url);
    assert.equal(response.headers.get('content-security-policy'), CSP, 'the test server sends the policy');
  });

  test('the sections view loads and works with no violation and no console error', async () => {
    const page = await app.open('', {}, { initScript: recordViolations });
    const first = page.locator('.accordion-trigger').first();
    await first.click();
    await page.locator(`#${await first.getAttribute('aria-controls')}`).waitFor();
    await page.getByRole('button', { name: 'Expand all' }).click();
    assert.equal(await page.locator('.section-body').count(), await page.locator('.accordion-trigger').count());
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.foreign, []);
    await page.context().close();
  });

  test('the timeline loads with no violation and no console error', async () => {
    const page = await app.open('#view=timeline', {}, { initScript: recordViolations });
    await page.locator('.timeline-event').first().waitFor();
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the quizzes load and answer with no violation and no console error', async () => {
    const page = await app.open('#view=quiz', {}, { initScript: recordViolations });
    await page.locator('.quiz-card a').first().click();
    await page.locator('legend.prompt').waitFor();
    await page.locator('.choice label').first().click();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.locator('.feedback').waitFor();
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the map and the share dialog (with its live preview) load with no violation', async () => {
    const page = await app.open('#view=map', {}, { initScript: recordViolations });
    await page.getByRole('button', { name: 'Share or embed' }).click();
    await page.locator('iframe.share-preview').waitFor();
    await page.frameLocator('iframe.share-preview').locator('#view-heading').waitFor();
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the policy is really enforced: an injected inline script is blocked and reported', async () => {
    // Without this, a header lost on the way would make the tests above pass for nothing.
    const page = await app.open('', {}, { initScript: recordViolations });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.head.append(s);
    });
    assert.equal(await page.evaluate(() => window.injected), undefined);
    assert.match((await violations(page)).join('\n'), /^script-src-elem inline/m);
    await page.context().close();
  });
});

describe('printing', () => {
  test('every section prints expanded, without the navigation', async () => {
    const page = await app.open('#section=afisma');
    // Opening one section brings every section's text, which then prints in full.
    await page.locator('#panel-afisma .section-body').waitFor();
    await page.emulateMedia({ media: 'print' });
    const sections = await page.locator('.accordion-trigger').count();
    assert.ok(sections >= 12);
    assert.equal(await page.locator('.accordion-panel:visible').count(), sections);
    assert.ok((await page.locator('.site-header nav').count()) >= 1);
    assert.equal(await page.locator('.site-header nav:visible').count(), 0);
    await page.context().close();
  });
});

describe('single-file edition (sahel-explainer.html)', () => {
  const file = join(DIST, 'sahel-explainer.html');

  async function openFile(hash = '') {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.errors = [];
    page.requests = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
    page.on('request', (r) => page.requests.push(r.url()));
    await page.goto(pathToFileURL(file).href + hash);
    await started(page);
    return page;
  }

  test('is one file that refers to no other file', async () => {
    const html = await readFile(file, 'utf8');
    assert.doesNotMatch(html, /\s(?:src|href)="(?!data:|#|https?:|mailto:)[^"]+\.(?:js|wasm|css|svg)"/);
    assert.doesNotMatch(html, /<link[^>]+rel="(?:stylesheet|modulepreload|preload)"/);
    assert.match(html, /<style>/);
  });

  test('opened from disk, it shows the sections, and a section opens', async () => {
    const page = await openFile();
    const first = page.locator('.accordion-trigger').first();
    await first.waitFor();
    assert.equal(await page.title(), 'Peacekeeping in Mali and the Sahel');
    assert.equal(await first.getAttribute('aria-expanded'), 'false');
    await first.click();
    assert.equal(await first.getAttribute('aria-expanded'), 'true');
    const panel = page.locator(`#${await first.getAttribute('aria-controls')}`);
    await panel.waitFor({ state: 'visible' });
    assert.match(await panel.textContent(), /\S{20}/);
    assert.match(new URL(page.url()).hash, /^#section=/);
    const self = pathToFileURL(file).href;
    assert.deepEqual(
      page.requests.filter((u) => !u.startsWith(self) && !u.startsWith('data:')),
      [],
      'nothing fetched but the file itself',
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('from disk the map and the quizzes load their parts of the wasm from the file itself', async () => {
    const page = await openFile('#view=map');
    await page.locator('.sahel-map a[aria-label="Mali"]').waitFor();
    await page.getByRole('link', { name: 'Quizzes' }).click();
    await page.locator('.quiz-card').first().waitFor();
    assert.deepEqual(page.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('from disk, the share dialog warns that its links work on this computer only', async () => {
    const page = await openFile('#view=map');
    await page.getByRole('button', { name: 'Share or embed' }).click();
    const note = page.getByRole('dialog').getByRole('note');
    await note.waitFor();
    assert.match(await note.textContent(), /opened from a file on this computer/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('from disk it switches to French with nothing to fetch', async () => {
    const page = await openFile('#view=timeline');
    await page.locator('.timeline-event').first().waitFor();
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await page.locator('html[lang="fr"]').waitFor();
    assert.equal(await page.locator('#view-heading').textContent(), 'Chronologie, 2012–2025');
    assert.deepEqual(page.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('links into it work from disk, and it prints every section', async () => {
    const page = await openFile('#view=timeline');
    await page.locator('.timeline-event').first().waitFor();
    await page.goto(pathToFileURL(file).href + '#section=afisma');
    await page.locator('#panel-afisma').waitFor({ state: 'visible' });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.accordion-panel:visible').count(), await page.locator('.accordion-trigger').count());
    assert.equal(await page.locator('.site-header nav:visible').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('embed.js on a course page from another site', () => {
  let host;
  let dir;
  let page;
  let frames;

  before(async () => {
    const appUrl = app.server.url;
    dir = await mkdtemp(join(tmpdir(), 'sahel-host-'));
    // A course page: three explainers (the default iframe box, a border-box one as many CSS
    // resets make it, and one that will navigate away), embed.js included twice, and a recorder
    // that runs after embed.js has handled each message (listeners run in the order added).
    await writeFile(
      join(dir, 'course.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Unit 3: the Sahel</title><link rel="icon" href="data:,">
<style>#boxed { box-sizing: border-box; border: 3px solid #555; }</style></head><body>
<h1>Unit 3</h1>
<iframe id="plain" title="Explainer" src="${appUrl}?embed=1#view=timeline" width="800" height="300"></iframe>
<iframe id="boxed" title="Explainer, boxed" src="${appUrl}?embed=1#view=timeline" width="800" height="300"></iframe>
<iframe id="wanderer" title="Explainer that navigates away" src="${appUrl}?embed=1" width="800" height="300"></iframe>
<script src="${appUrl}embed.js"></script>
<script src="${appUrl}embed.js"></script>
<script>
  window.seen = [];
  window.scores = [];
  window.bubbled = 0;
  var ids = ['plain', 'boxed', 'wanderer'];
  addEventListener('message', function (e) {
    var heights = {};
    ids.forEach(function (id) { heights[id] = document.getElementById(id).clientHeight; });
    seen.push({ data: e.data, heights: heights });
  });
  ids.forEach(function (id) {
    document.getElementById(id).addEventListener('sahel-explainer:score', function (e) {
      scores.push({ on: id, target: e.target.id, detail: e.detail });
    });
  });
  document.addEventListener('sahel-explainer:score', function () { bubbled++; });
</script></body></html>`,
    );
    await writeFile(join(dir, 'elsewhere.html'), '<!doctype html><title>Elsewhere</title><p>Another page');
    host = await serve(dir, '/', { host: '127.0.0.2' });
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
    await page.goto(`${host.url}course.html`);
    frames = {};
    for (const id of ['plain', 'boxed', 'wanderer']) {
      frames[id] = await (await page.$(`#${id}`)).contentFrame();
      await frames[id].locator('#view-heading').waitFor();
    }
    await frames.plain.locator('.timeline-event').first().waitFor();
  });

  after(async () => {
    await page?.context().close();
    await host?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Posts `message` from inside `frame` (or from the host page) and returns what the recorder saw. */
  async function post(from, message) {
    const tag = Math.random().toString(36).slice(2);
    await from.evaluate(
      ({ message, tag }) => (window.parent === window ? window : parent).postMessage({ ...message, tag }, '*'),
      { message, tag },
    );
    await page.waitForFunction((tag) => window.seen.some((s) => s.data && s.data.tag === tag), tag);
    return page.evaluate((tag) => window.seen.find((s) => s.data && s.data.tag === tag), tag);
  }

  const resize = (height) => ({ source: 'sahel-explainer', type: 'resize', height });

  test('the two hosts really are different origins, and embed.js is served at the root of the build', async () => {
    assert.notEqual(new URL(host.url).origin, new URL(app.server.url).origin);
    assert.equal(await page.evaluate(() => typeof window.__sahelExplainerEmbed), 'boolean');
    const response = await fetch(`${app.server.url}embed.js`);
    assert.equal(response.status, 200);
  });

  test('a resize message from an explainer iframe sets that iframe to that height', async () => {
    const seen = await post(frames.plain, resize(1234));
    assert.equal(seen.heights.plain, 1234);
    assert.notEqual(seen.heights.boxed, 1234, 'only the sender is resized');
    assert.equal(await page.locator('#plain').evaluate((f) => f.style.height), '1234px');
  });

  test('under box-sizing: border-box the content still gets the full height', async () => {
    const seen = await post(frames.boxed, resize(987.4));
    assert.equal(seen.heights.boxed, 988, 'rounded up, border added: no inner scroll bar');
  });

  // The app posts its own (genuine) resize messages while framed, so "ignored" is checked as "the
  // iframe did not take the bogus height", read at the moment embed.js handled the message.
  test('the same message posted by the host page itself is ignored', async () => {
    const seen = await post(page, resize(77));
    for (const [id, height] of Object.entries(seen.heights)) assert.notEqual(height, 77, id);
  });

  test('malformed messages from the iframe are ignored without errors', async () => {
    for (const [message, ok] of [
      [resize('999'), (h) => h !== 999],
      [resize(0), (h) => h > 0],
      [resize(-5), (h) => h > 0],
      [resize(Infinity), (h) => h < 100000],
      [resize(1e9), (h) => h < 100000],
      [{ ...resize(501), source: 'someone-else' }, (h) => h !== 501],
      [{ ...resize(502), type: 'grow' }, (h) => h !== 502],
    ]) {
      const seen = await post(frames.plain, message);
      assert.ok(ok(seen.heights.plain), `${JSON.stringify(message)}: ${seen.heights.plain}`);
    }
    await frames.plain.evaluate(() => parent.postMessage('sahel-explainer', '*'));
    await frames.plain.evaluate(() => parent.postMessage(null, '*'));
    assert.deepEqual(page.errors, []);
  });

  test('a score message from an explainer fires sahel-explainer:score on its iframe, once', async () => {
    const score = { source: 'sahel-explainer', type: 'score', quiz: 'minusma', score: 4, max: 6 };
    await post(frames.boxed, score);
    await post(page, score); // from the host page: ignored
    await post(frames.boxed, { ...score, score: 'four' }); // malformed: ignored
    assert.deepEqual(await page.evaluate(() => window.scores), [
      { on: 'boxed', target: 'boxed', detail: { quiz: 'minusma', score: 4, max: 6 } },
    ]);
    assert.equal(await page.evaluate(() => window.bubbled), 1, 'bubbles to document; embed.js twice still reports once');
  });

  test('an iframe that navigated to another site is no longer trusted', async () => {
    const hostOrigin = new URL(host.url).origin;
    await page.evaluate((url) => {
      document.getElementById('wanderer').contentWindow.location.href = url;
    }, `${hostOrigin}/elsewhere.html`);
    await page.waitForFunction(() => {
      try {
        return document.getElementById('wanderer').contentDocument?.title === 'Elsewhere';
      } catch {
        return false;
      }
    });
    const wanderer = await (await page.$('#wanderer')).contentFrame();
    const seen = await post(wanderer, resize(555));
    assert.notEqual(seen.heights.wanderer, 555);
    await post(wanderer, { source: 'sahel-explainer', type: 'score', quiz: 'minusma', score: 6, max: 6 });
    assert.equal((await page.evaluate(() => window.scores)).length, 1);
  });

  test('embed.js stays plain ES5 and small', async () => {
    const source = await readFile(join(DIST, 'embed.js'), 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const [pattern, what] of [
      [/=>/, 'arrow function'],
      [/\b(?:let|const|class)\s/, 'let, const or class'],
      [/`/, 'template literal'],
      [/,\s*\)/, 'trailing comma in a call'],
      [/\.\.\./, 'spread'],
    ]) {
      assert.doesNotMatch(code, pattern, what);
    }
    assert.ok(source.length < 6000, `${source.length} bytes`);
    assert.ok((await readdir(DIST)).includes('embed.js'));
  });
});
