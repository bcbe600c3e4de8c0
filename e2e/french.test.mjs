// The French edition: chosen by link, by the browser's language or by memory, and kept everywhere.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, started, useApp } from './helpers.mjs';

const app = useApp();

describe('French edition', () => {
  test('a French link shows the page in French, with <html lang="fr">', async () => {
    const page = await app.open('#section=afisma&lang=fr');
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('h1').textContent(), "L’histoire, chapitre par chapitre");
    assert.match(await page.locator('#btn-afisma').textContent(), /MISMA/);
    assert.equal(await page.locator('#btn-afisma').getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('#lang-fr').getAttribute('aria-current'), 'true');
    await page.context().close();
  });

  test('#lang=FR in capitals: the start view and the app agree on French', async () => {
    const page = await app.open('#lang=FR');
    // The app has started (app.open waits for it) and stayed in French.
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('h1').textContent(), 'L’histoire, chapitre par chapitre');
    await page.context().close();
  });

  test('switching language keeps the view, the open section and the address', async () => {
    const page = await app.open('#section=threats');
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await page.locator('html[lang="fr"]').waitFor();
    assert.equal(await page.locator('#btn-threats').getAttribute('aria-expanded'), 'true');
    assert.match(new URL(page.url()).hash, /section=threats/);
    assert.match(new URL(page.url()).hash, /lang=fr/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'lang-fr');
    // A link inside the page keeps the language in the address, so a copied link opens in French.
    await page.locator('.contents a').first().click();
    await page.waitForFunction(() => location.hash.includes('lang=fr') && location.hash.includes('section=causes'));
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.locator('html[lang="en"]').waitFor();
    await page.context().close();
  });

  test("a reader downloads only their language's text; another comes when chosen, once", async () => {
    const page = await app.open('#section=threats');
    const texts = () =>
      page.requests.filter((u) => u.includes('/text/')).map((u) => u.split('/text/')[1].replace(/-[0-9a-f]{8}\.txt$/, ''));
    // The open section's text comes with it; nothing of French, and each file once.
    assert.deepEqual(texts(), ['en-main', 'en-sections']);
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await page.locator('html[lang="fr"]').waitFor();
    assert.match(await page.locator('#btn-threats').textContent(), /menaces/i);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.locator('html[lang="en"]').waitFor();
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await page.locator('html[lang="fr"]').waitFor();
    assert.deepEqual(texts(), ['en-main', 'en-sections', 'fr-main', 'fr-sections']);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a slow download says so, in French, and the page switches when it arrives', async () => {
    const page = await app.open('#view=timeline');
    await page.route('**/text/fr-*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'Chargement de la version française' });
    await status.waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'English stays until French is here');
    await page.locator('html[lang="fr"]').waitFor();
    assert.equal(await page.locator('#view-heading').textContent(), 'Chronologie, 2012–2025');
    assert.equal(await status.count(), 0);
    await page.context().close();
  });

  test('if French cannot be downloaded, the page stays whole in English, says why in French, and retries', async () => {
    const page = await app.open('#section=threats');
    await page.route('**/text/fr-*', (route) => route.abort());
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'Réessayer' });
    await status.waitFor();
    assert.match(await status.textContent(), /La version française n’a pas pu être chargée/);
    assert.equal(await status.locator('p').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('#btn-threats').getAttribute('aria-expanded'), 'true');
    assert.match(await page.locator('#panel-threats').textContent(), /\S{20}/);
    await page.unroute('**/text/fr-*');
    await status.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('html[lang="fr"]').waitFor();
    assert.match(await page.locator('#btn-threats').textContent(), /menaces/i);
    assert.equal(await page.getByRole('status').filter({ hasText: 'Réessayer' }).count(), 0);
    await page.context().close();
  });

  test('the first visit follows the browser language; a choice is remembered', async () => {
    const page = await app.open('', { locale: 'fr-FR' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.locator('html[lang="en"]').waitFor();
    await page.goto(app.server.url);
    await started(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the remembered choice wins over the browser');
    await page.context().close();
  });

  test('French dates and the French timeline filter', async () => {
    const page = await app.open('#view=timeline&lang=fr');
    assert.equal(await page.locator('h1').textContent(), 'Chronologie, 2012–2025');
    assert.ok(await page.locator('time', { hasText: /^1er juillet 2013$/ }).count() >= 1);
    await page.getByRole('checkbox', { name: /Nations unies/ }).uncheck();
    assert.match(await page.locator('main').getByRole('status').textContent(), /événements affichés sur/);
    await page.context().close();
  });

  test('French typography: a narrow no-break space before the colon, in the interface and the content', async () => {
    const page = await app.open('#select=mli&year=2019&lang=fr');
    assert.equal((await page.locator('#map-year-label').textContent()).trim(), 'Année\u202f: 2019');
    assert.match(await page.locator('.map-panel').textContent(), /Membres du G5 Sahel\u202f: 2014–2022/);
    // Content: no plain space before high punctuation, no straight apostrophe, anywhere in French.
    await page.goto(`${app.server.url}#lang=fr`);
    await page.getByRole('button', { name: 'Tout déplier' }).click();
    await page.locator('.section-body').first().waitFor();
    // The prose, not the citations: a source's title is as its publisher wrote it (in English too).
    const text = (await page.locator('main').evaluate((m) => {
      const copy = m.cloneNode(true);
      copy.querySelectorAll('.sources').forEach((s) => s.remove());
      return copy.textContent;
    }));
    assert.doesNotMatch(text, / [:;?!]/, 'a plain space before : ; ? !');
    assert.doesNotMatch(text, /\p{L}'\p{L}/u, 'a straight apostrophe');
    assert.doesNotMatch(text, /\b(19|20)\d\d-(19|20)\d\d\b/, 'a hyphen in a range of years');
    await page.context().close();
  });

  test('a quiz in French', async () => {
    const page = await app.open('#quiz=minusma&q=1&lang=fr');
    assert.match(await page.locator('#question-heading').textContent(), /^Question 1 sur \d+$/);
    await page.locator('.choice label').first().click();
    await page.getByRole('button', { name: 'Vérifier' }).click();
    assert.match(await page.locator('.verdict').textContent(), /Bonne réponse\.|Pas tout à fait\./);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  test('axe-core finds no violations in French, sections expanded and timeline', async () => {
    const page = await app.open('#lang=fr');
    await page.getByRole('button', { name: 'Tout déplier' }).click();
    assert.deepEqual(await axe(page), []);
    await page.goto(`${app.server.url}#view=timeline&lang=fr`);
    await page.locator('.timeline-event').first().waitFor();
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
});
