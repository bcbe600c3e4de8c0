// Offline and installable (src/offline, scripts/webapp.mjs): after one visit every view works with
// no connection, in both languages; a new build is announced and loaded whole; the manifest makes
// the app installable under a sub-path; where service workers are refused or data saver is on, the
// app works as before. Served from a copy of the build, under the strict Content-Security-Policy,
// so that a test can publish a "second build" on the same address.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/local-web.mjs';
import { writeServiceWorker } from '../scripts/webapp.mjs';
import { answerKey, DIST, launch, serve, started } from './helpers.mjs';

const SOURCE = fileURLToPath(new URL('..', import.meta.url));
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self'";
const SAVED = { en: 'Saved for offline use', fr: 'Enregistré pour une utilisation hors ligne' };
const BASE = '/school/history/sahel/';

let root;
let server;
let browser;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'sahel-offline-'));
  await cp(DIST, root, { recursive: true });
  server = await serve(root, BASE, { headers: { 'content-security-policy': CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** A page in `context` that records errors and requests that failed. */
async function open(context, hash = '') {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  page.on('requestfailed', (r) => page.errors.push(`failed: ${r.url()}`));
  await page.goto(server.url + hash);
  await started(page);
  return page;
}

const footer = (page) => page.locator('.offline-note');

/** The caches this copy of the explainer keeps, and how many files each holds. */
const caches = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const name of await self.caches.keys()) out[name] = (await (await self.caches.open(name)).keys()).length;
    return out;
  });

describe('offline', () => {
  test('after one visit, every view (the glossary and the teacher\'s guide too) works with no connection, in both languages, and after a reload', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await footer(page).getByText(SAVED.en).waitFor({ timeout: 30_000 });
    const kept = await caches(page);
    const files = JSON.parse((await readFile(join(root, 'sw.js'), 'utf8')).match(/\[("[^\]]*")\]/)[0]);
    assert.deepEqual(Object.values(kept), [files.length], 'one cache, with every file of the build');
    assert.ok(Object.keys(kept)[0].includes(BASE), 'the cache is named for this copy');

    await context.setOffline(true);
    const key = answerKey();
    const mapQuiz = key.find((z) => z.questions.some((q) => q.id === 'map-sector-centre'));
    const n = mapQuiz.questions.findIndex((q) => q.id === 'map-sector-centre') + 1;
    for (const lang of ['en', 'fr']) {
      await page.goto(`${server.url}#view=timeline&lang=${lang}`);
      // The page changes language once that language's words are here: from the stored copy.
      await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      await page.locator('li.timeline-event').first().waitFor();
      await page.goto(`${server.url}#view=map&select=gao&lang=${lang}`);
      await page.locator('#map-panel-heading', { hasText: 'Gao' }).waitFor();
      await page.goto(`${server.url}#view=quiz&lang=${lang}`);
      await page.locator('.quiz-card').first().waitFor();
      await page.goto(`${server.url}#view=figures&chart=idps&lang=${lang}`);
      await page.locator('#figure-idps svg.chart').waitFor();
      await page.goto(`${server.url}#glossary=jnim&lang=${lang}`);
      await page.locator('#term-jnim dfn', { hasText: 'JNIM' }).waitFor();
      await page.goto(`${server.url}#view=guide&lang=${lang}`);
      await page.locator('.guide-activity').first().waitFor();
      await page.locator('.guide-terms a').first().waitFor();
      const section = (await sectionIds())[1];
      await page.goto(`${server.url}#section=${section}&lang=${lang}`);
      await page.locator(`#panel-${section} p`).first().waitFor();
    }
    // A quiz with a map question, which brings the map's code and words with it.
    await page.goto(`${server.url}#quiz=${mapQuiz.id}&q=${n}&lang=en`);
    await page.locator('.map-frame a[aria-label="Sévaré"]').evaluate((a) => a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await page.getByRole('button', { name: 'Check answer' }).click();
    assert.match(await page.locator('.verdict').textContent(), /Correct\./);

    await page.reload();
    await started(page);
    await footer(page).getByText(SAVED.en).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('.view-loading.failed').count(), 0);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('a new build on the same address: the reader is told, and reloads into it whole', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await footer(page).getByText(SAVED.en).waitFor({ timeout: 30_000 });
    const before = Object.keys(await caches(page));

    // The second build: a changed page, and so a new worker with a new version.
    const index = join(root, 'index.html');
    const first = await readFile(index, 'utf8');
    await writeFile(index, first.replace('</head>', '<meta name="build" content="second"></head>'));
    try {
      const second = await writeServiceWorker(root, SOURCE);
      await page.reload();
      await started(page);
      const notice = page.getByRole('status').filter({ hasText: 'A new version of the explainer is available.' });
      await notice.waitFor({ timeout: 30_000 });
      // Until the reader reloads, the page stays whole in the build it started with, and its
      // views still come from that build's copy.
      assert.equal(await page.locator('meta[name="build"]').count(), 0);
      await page.goto(`${server.url}#view=timeline`);
      await page.locator('li.timeline-event').first().waitFor();

      await notice.getByRole('button', { name: 'Reload' }).click();
      await page.locator('meta[name="build"][content="second"]').waitFor({ state: 'attached', timeout: 15_000 });
      await started(page);
      const after = Object.keys(await caches(page));
      assert.equal(after.length, 1, `old caches removed: ${after.join(', ')}`);
      assert.ok(after[0].endsWith(second.version) && !before.includes(after[0]), after[0]);
      assert.equal(await page.getByText('A new version of the explainer is available.').count(), 0);
      assert.deepEqual(page.errors, []);
    } finally {
      await writeFile(index, first);
      await writeServiceWorker(root, SOURCE);
      await context.close();
    }
  });

  test('with data saver on, nothing is stored until the reader asks; then it is', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const page = await open(context);
    const ask = footer(page).getByRole('button', { name: 'Save for offline use' });
    await ask.waitFor({ timeout: 15_000 });
    assert.match(await footer(page).textContent(), /Data saver is on/);
    assert.deepEqual(await caches(page), {});
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
    await ask.click();
    await footer(page).getByText(SAVED.en).waitFor({ timeout: 30_000 });
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('where the browser refuses service workers, the footer says so and the app works as before', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await open(context, '#lang=fr');
    await footer(page).getByText('Ce navigateur ne permet pas').waitFor({ timeout: 15_000 });
    await page.goto(`${server.url}#view=map&lang=fr`);
    await page.locator('a.country').first().waitFor();
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('an embedded copy registers nothing and still works, from another site and from this one', async () => {
    const context = await browser.newContext();
    const saved = await open(context);
    await footer(saved).getByText(SAVED.en).waitFor({ timeout: 30_000 });
    const hostDir = await mkdtemp(join(tmpdir(), 'sahel-course-'));
    const host = await serve(hostDir, '/', { host: '127.0.0.2' });
    try {
      // A course page on another site.
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(String(e)));
      const course = `<!doctype html><html lang="en"><title>Course</title><iframe title="Explainer" src="${server.url}?embed=1#view=map" width="900" height="700"></iframe></html>`;
      await writeFile(join(hostDir, 'course.html'), course);
      await page.goto(`${host.url}course.html`);
      const frame = page.frameLocator('iframe');
      await frame.locator('a.country').first().waitFor();
      assert.equal(await frame.locator('.offline-note, .update-notice').count(), 0);
      assert.deepEqual(page.errors, []);
      // From the worker's own site too: the framed page comes from the stored copy, offline.
      await context.setOffline(true);
      await saved.goto(`${server.url}?embed=1#view=timeline`);
      await saved.reload();
      await saved.locator('li.timeline-event').first().waitFor();
      assert.equal(await saved.locator('.site-footer').count(), 0);
    } finally {
      await host.close();
      await rm(hostDir, { recursive: true, force: true });
      await context.close();
    }
  });

  test('installable: Chromium finds the manifest complete, under a sub-path, in the reader\'s language', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'sahel-profile-'));
    // A normal profile: Chromium offers no install in an incognito-like context.
    const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await started(page);
      await footer(page).getByText(SAVED.en).waitFor({ timeout: 30_000 });
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, []);
      assert.equal(new URL(manifest.url).pathname, `${BASE}manifest-en.webmanifest`);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      for (const icon of JSON.parse(manifest.data).icons) {
        const response = await page.request.get(new URL(icon.src, manifest.url).href);
        assert.equal(response.status(), 200, icon.src);
      }
      await page.goto(`${server.url}#lang=fr`);
      await page.locator('html[lang="fr"]').waitFor();
      const fr = await (await page.request.get(new URL(await page.locator('link[rel=manifest]').getAttribute('href'), server.url).href)).json();
      assert.equal(fr.lang, 'fr');
      assert.equal(fr.name, 'Le maintien de la paix au Mali et au Sahel');
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('the single-file edition has no manifest and says nothing of offline use', async () => {
    const single = await readFile(join(DIST, 'sahel-explainer.html'), 'utf8');
    assert.doesNotMatch(single, /rel="manifest"/);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`file://${join(DIST, 'sahel-explainer.html')}`);
    await started(page);
    await page.waitForTimeout(3500);
    assert.equal(await footer(page).count(), 0, 'no word on offline use: the file is the offline copy');
    await context.close();
  });
});

/** The sections' ids, in order, as the start view lists them. */
async function sectionIds() {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  return [...html.matchAll(/id="btn-([a-z0-9-]+)"/g)].map((m) => m[1]);
}
