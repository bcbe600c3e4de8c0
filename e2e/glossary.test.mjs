// The glossary: terms marked in the sections open their definitions in place (mouse, keyboard,
// screen readers), the Glossary view lists every term with a filter, and #glossary=… opens one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, useApp } from './helpers.mjs';

const app = useApp();
const open = (...args) => app.open(...args);

/** The first marked term in a section, opened by a deep link, once the section's text is here. */
async function firstTerm(page, section) {
  const term = page.locator(`#panel-${section} button.term`).first();
  await term.waitFor();
  const definition = page.locator(`#${await term.getAttribute('aria-controls')}`);
  return { term, definition };
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id);

describe('terms in the sections', () => {
  test('a term opens and closes its definition by mouse, and says whether it is open', async () => {
    const page = await open('#section=minusma-mandate');
    const { term, definition } = await firstTerm(page, 'minusma-mandate');
    const name = (await term.textContent()).trim();
    assert.equal(await term.getAttribute('aria-expanded'), 'false');
    assert.equal(await definition.isVisible(), false);
    // What a screen reader announces: a button with the term's name, collapsed, then expanded.
    const panel = page.locator('#panel-minusma-mandate');
    assert.equal(await panel.getByRole('button', { name, exact: true, expanded: false }).count(), 1);
    await term.click();
    assert.equal(await panel.getByRole('button', { name, exact: true, expanded: true }).count(), 1);
    await definition.waitFor({ state: 'visible' });
    assert.ok((await definition.textContent()).length > name.length + 20, 'the definition is there');
    const link = definition.getByRole('link');
    assert.match(await link.getAttribute('href'), /^#glossary=[a-z0-9-]+$/);
    // The section stays open: the click was the term's, not the accordion's.
    assert.equal(await page.locator('#btn-minusma-mandate').getAttribute('aria-expanded'), 'true');
    await term.click();
    assert.equal(await term.getAttribute('aria-expanded'), 'false');
    await definition.waitFor({ state: 'hidden' });
    // Only the first use of a term in a section is marked.
    const names = await panel.locator('button.term').allTextContents();
    const ids = await panel.locator('button.term').evaluateAll((els) => els.map((e) => e.id.split('--')[1]));
    assert.equal(new Set(ids).size, ids.length, `each term once: ${names.join(', ')}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('by keyboard: Enter and Space toggle; Escape closes and puts focus back on the term', async () => {
    const page = await open('#section=threats');
    const { term, definition } = await firstTerm(page, 'threats');
    const id = await term.getAttribute('id');
    await term.focus();
    await page.keyboard.press('Enter');
    assert.equal(await term.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Space');
    assert.equal(await term.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Enter');
    await definition.waitFor({ state: 'visible' });
    // Into the definition (its link to the glossary), then Escape: closed, focus on the term.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.term-def') !== null), true);
    await page.keyboard.press('Escape');
    assert.equal(await term.getAttribute('aria-expanded'), 'false');
    await definition.waitFor({ state: 'hidden' });
    assert.equal(await focusedId(page), id, 'focus back on the term, never on the page');
    // Escape on the open term's own button closes it too, and focus stays there.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    assert.equal(await term.getAttribute('aria-expanded'), 'false');
    assert.equal(await focusedId(page), id);
    // Escape with nothing open changes nothing.
    await page.keyboard.press('Escape');
    assert.equal(await focusedId(page), id);
    await page.context().close();
  });

  test('no violations from axe-core with definitions open, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open('#section=afisma', { colorScheme });
      const terms = page.locator('#panel-afisma button.term');
      await terms.first().waitFor();
      for (let i = 0; i < Math.min(3, await terms.count()); i++) await terms.nth(i).click();
      assert.deepEqual(await axe(page), [], colorScheme);
      await page.context().close();
    }
  });

  test('on paper, each marked term prints its definition as a short note', async () => {
    const page = await open('#section=afisma');
    const { definition } = await firstTerm(page, 'afisma');
    assert.equal(await definition.isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await definition.isVisible(), true);
    assert.equal(await definition.evaluate((d) => getComputedStyle(d).display), 'inline');
    await page.context().close();
  });

  test('a definition links to its entry in the glossary', async () => {
    const page = await open('#section=afisma');
    const { term, definition } = await firstTerm(page, 'afisma');
    await term.click();
    const href = await definition.getByRole('link').getAttribute('href');
    await definition.getByRole('link').click();
    await page.locator('.glossary-entry').first().waitFor();
    const id = href.replace('#glossary=', '');
    await page.waitForFunction((t) => document.activeElement?.id === `term-${t}`, id);
    assert.equal(new URL(page.url()).hash, href);
    assert.match(await page.title(), /^Glossary – /);
    await page.context().close();
  });
});

describe('the glossary view', () => {
  test('#glossary=jnim opens the glossary at that term, with links to where it is used', async () => {
    const page = await open('#glossary=jnim');
    await page.locator('.glossary-entry').first().waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Glossary');
    await page.waitForFunction(() => document.activeElement?.id === 'term-jnim');
    const entry = page.locator('.glossary-entry', { has: page.locator('#term-jnim') });
    assert.equal((await entry.locator('dfn').textContent()).trim(), 'JNIM');
    assert.match(await entry.textContent(), /Group for the Support of Islam and Muslims/);
    assert.match(await entry.textContent(), /2 March 2017/);
    const used = await entry.locator('a[href^="#section="]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(used.includes('#section=threats'), used.join(', '));
    // A to Z, every term, the count said.
    const names = await page.locator('.glossary-entry dfn').allTextContents();
    assert.ok(names.length >= 50, `${names.length} terms`);
    assert.equal(await page.locator('.filter-status').textContent(), `${names.length} terms`);
    const folded = names.map((n) => n.toLowerCase());
    assert.deepEqual(folded, [...folded].sort(), 'A to Z');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.foreign, []);
    await page.context().close();
  });

  test('the filter box narrows the list and says how many terms are left', async () => {
    const page = await open('', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Glossary' }).click();
    await page.locator('.glossary-entry').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'view-heading');
    const box = page.getByLabel('Find a term');
    await box.fill('ecow');
    assert.equal(await page.getByRole('status').filter({ hasText: 'term' }).textContent(), '1 term');
    assert.deepEqual(await page.locator('.glossary-entry dfn').allTextContents(), ['ECOWAS']);
    await box.fill('police');
    assert.deepEqual(await page.locator('.glossary-entry dfn').allTextContents(), ['formed police unit']);
    await box.fill('zzz');
    assert.equal(await page.locator('.filter-status').textContent(), 'No term matches.');
    assert.equal(await page.locator('.glossary-entry').count(), 0);
    await box.fill('');
    assert.ok((await page.locator('.glossary-entry').count()) >= 50);
    await page.context().close();
  });

  test('an unknown term opens the glossary and says what was not found', async () => {
    const page = await open('#glossary=nope');
    await page.locator('.glossary-entry').first().waitFor();
    assert.match(await page.locator('.not-found').textContent(), /no term “nope”/);
    await page.context().close();
  });

  test('no violations from axe-core in the glossary, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open('#glossary=ecowas', { colorScheme });
      await page.locator('.glossary-entry').first().waitFor();
      assert.deepEqual(await axe(page), [], colorScheme);
      await page.context().close();
    }
  });

  test('in French: the French acronyms, in French order, and terms in the French sections', async () => {
    const page = await open('#glossary=ecowas&lang=fr');
    await page.locator('.glossary-entry').first().waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Glossaire');
    const entry = page.locator('.glossary-entry', { has: page.locator('#term-ecowas') });
    assert.equal((await entry.locator('dfn').textContent()).trim(), 'CEDEAO');
    assert.match(await entry.textContent(), /Communauté économique des États de l’Afrique de l’Ouest/);
    assert.match(await page.locator('.filter-status').textContent(), /^\d+\u00A0termes$/);
    await page.evaluate(() => { location.hash = '#section=afisma&lang=fr'; });
    const panel = page.locator('#panel-afisma');
    await panel.locator('button.term').first().waitFor();
    const names = await panel.locator('button.term').allTextContents();
    assert.ok(names.includes('MISMA'), names.join(', '));
    // ECOWAS is first written out in full there; its definition names it as French readers know it.
    assert.equal(await page.locator('#gd-afisma--ecowas a').textContent(), 'CEDEAO');
    await page.context().close();
  });
});
