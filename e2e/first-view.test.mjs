// The start view pre-rendered into index.html (scripts/prerender.mjs, public/first-view.js): what a
// reader sees before the app's code has arrived, and that the app then takes over in the same
// language with the same text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, started, useApp } from './helpers.mjs';

const app = useApp();

/** The page as it is before the app starts: the wasm is held back until `release()`. */
async function beforeTheApp(hash = '', options = {}, initScript) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  page.release = release;
  await page.goto(app.server.url + hash, { waitUntil: 'domcontentloaded' });
  return page;
}

const remember = (code) => `try { localStorage.setItem('sahel-explainer.lang', '${code}') } catch (e) {}`;

async function shown(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    heading: document.querySelector('#view-heading')?.textContent ?? null,
    sections: [...document.querySelectorAll('.accordion-trigger')].map((b) => b.textContent.trim()),
    leads: [...document.querySelectorAll('.accordion-lead')].map((p) => p.textContent.trim()),
    nav: [...document.querySelectorAll('.site-header a')].map((a) => `${a.textContent.trim()} ${a.getAttribute('href')}`),
  }));
}

describe('the start view before the app starts', () => {
  test('shows the header, the contents and every section title and lead', async () => {
    const page = await beforeTheApp();
    const before = await shown(page);
    assert.equal(before.lang, 'en');
    assert.equal(before.heading, 'The story, section by section');
    assert.ok(before.sections.length >= 12, `${before.sections.length} sections`);
    assert.equal(before.leads.length, before.sections.length);
    assert.ok(before.leads.every((l) => l.length > 40), 'every lead has its text');
    assert.ok(before.nav.some((n) => n.startsWith('Timeline #view=timeline')), before.nav.join(' | '));
    assert.equal(await page.locator('.accordion-trigger[aria-expanded="true"]').count(), 0);
    assert.equal(await page.locator('#first-view-note').isVisible(), false, 'no "still loading" flash');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a tap on a section before the app starts is kept: the section opens when the app does', async () => {
    const page = await beforeTheApp();
    const button = page.locator('#btn-afisma');
    await button.click();
    // The pre-rendered page answers at once…
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    page.release();
    await started(page);
    // …and the app, once started, opens that section with its text.
    await page.locator('#panel-afisma .section-body').waitFor();
    assert.equal(await page.locator('#btn-afisma').getAttribute('aria-expanded'), 'true');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('then the app takes over with the same text, and its controls work', async () => {
    for (const [label, options, init] of [
      ['English browser', { locale: 'en-GB' }],
      ['French browser', { locale: 'fr-FR' }],
      ['English browser, French remembered', { locale: 'en-GB' }, remember('fr')],
      ['French browser, English remembered', { locale: 'fr-FR' }, remember('en')],
    ]) {
      const page = await beforeTheApp('', options, init);
      const before = await shown(page);
      page.release();
      await started(page);
      const after = await shown(page);
      assert.deepEqual(after, before, label);
      const first = page.locator('.accordion-trigger').first();
      await first.click();
      assert.equal(await first.getAttribute('aria-expanded'), 'true', label);
      assert.deepEqual(page.errors, [], label);
      await page.context().close();
    }
  });

  test('is in the language the address names, over the remembered one', async () => {
    const page = await beforeTheApp('#lang=fr', { locale: 'en-GB' }, remember('en'));
    const before = await shown(page);
    assert.equal(before.lang, 'fr');
    assert.equal(before.heading, "L’histoire, chapitre par chapitre");
    assert.equal(before.title, 'Le maintien de la paix au Mali et au Sahel');
    await page.context().close();
  });

  test('with storage blocked, follows the browser language', async () => {
    const blocked = `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`;
    const page = await beforeTheApp('', { locale: 'fr-FR' }, blocked);
    assert.equal((await shown(page)).lang, 'fr');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('another view or an embedded page shows the loading notice, never the wrong view', async () => {
    for (const address of ['#view=timeline', '#section=afisma', '?embed=1']) {
      const page = await beforeTheApp(address);
      assert.equal(await page.locator('.accordion-trigger').count(), 0, address);
      assert.match(await page.locator('.boot-notice').textContent(), /Loading the explainer/, address);
      await page.context().close();
    }
  });

  test('says so when the app is slow to start', async () => {
    const page = await beforeTheApp();
    const note = page.locator('#first-view-note');
    await note.waitFor({ state: 'visible', timeout: 6000 });
    assert.match(await note.textContent(), /buttons work once the explainer has started/);
    page.release();
    await started(page);
    await page.context().close();
  });

  test('no violations from axe-core, in English and in French', async () => {
    for (const locale of ['en-GB', 'fr-FR']) {
      const page = await beforeTheApp('', { locale });
      assert.deepEqual(await axe(page), [], locale);
      await page.context().close();
    }
  });
});
