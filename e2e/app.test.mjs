// Browser tests: what a reader does and sees, in headless Chromium against the release build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, useApp } from './helpers.mjs';

const app = useApp();
const open = (...args) => app.open(...args);

const triggers = (page) => page.locator('.accordion-trigger');

describe('sections', () => {
  test('the start view lists every section, collapsed, with its lead', async () => {
    const page = await open();
    assert.equal(await page.title(), 'Peacekeeping in Mali and the Sahel');
    assert.equal(await page.locator('h1').textContent(), 'The story, section by section');
    const count = await triggers(page).count();
    assert.ok(count >= 12, `at least 12 sections, found ${count}`);
    for (const expanded of await triggers(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-expanded')))) {
      assert.equal(expanded, 'false');
    }
    assert.equal(await page.locator('.accordion-panel:visible').count(), 0);
    assert.ok((await page.locator('.accordion-lead').first().textContent()).length > 40);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.foreign, [], 'no request leaves the origin');
    await page.context().close();
  });

  test('a click opens a section, names it in the address, and a second click closes it', async () => {
    const page = await open();
    // The section's own button, in its heading (its body marks "AFISMA" as a glossary term too).
    const button = page.getByRole('heading', { name: /AFISMA/ }).getByRole('button');
    const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await assert.doesNotReject(panel.waitFor({ state: 'visible' }));
    assert.match(await panel.textContent(), /ECOWAS/);
    assert.match(await panel.locator('.sources').textContent(), /\S/, 'sources listed');
    assert.equal(new URL(page.url()).hash, '#section=afisma');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await panel.waitFor({ state: 'hidden' });
    assert.equal(new URL(page.url()).hash, '');
    await page.context().close();
  });

  test('keyboard: Enter and Space toggle, arrows, Home and End move between headers', async () => {
    const page = await open();
    const all = triggers(page);
    await all.first().focus();
    await page.keyboard.press('Enter');
    assert.equal(await all.first().getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Space');
    assert.equal(await all.first().getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.id), await all.nth(1).getAttribute('id'));
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement.id), await all.last().getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.id), await all.first().getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    assert.equal(await page.evaluate(() => document.activeElement.id), await all.first().getAttribute('id'));
    await page.context().close();
  });

  test('Tab starts with the skip link, which moves focus to the content', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    assert.equal(new URL(page.url()).hash, '', 'the skip link leaves the address alone');
    await page.context().close();
  });

  test('a deep link opens that section in a new tab, scrolled into view', async () => {
    const page = await open('#section=threats');
    const button = page.locator('#btn-threats');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('.accordion-trigger[aria-expanded="true"]').count(), 1);
    await page.waitForFunction(() => {
      const top = document.getElementById('sec-threats').getBoundingClientRect().top;
      return top >= -2 && top < 120;
    });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'btn-threats');
    await page.context().close();
  });

  test('a link inside a section opens the section it points to', async () => {
    const page = await open('#section=afisma');
    const link = page.locator('#panel-afisma a[href^="#section="]').first();
    const target = (await link.getAttribute('href')).replace('#section=', '');
    await link.click();
    await page.waitForFunction((id) => document.getElementById(`btn-${id}`).getAttribute('aria-expanded') === 'true', target);
    assert.equal(new URL(page.url()).hash, `#section=${target}`);
    await page.context().close();
  });

  test('unknown or malformed addresses fall back to the start view without errors', async () => {
    for (const hash of ['#section=no-such-thing', '#view=quizz&x=%ZZ', '#%%%', '#section=']) {
      const page = await open(hash);
      assert.equal(await page.locator('h1').textContent(), 'The story, section by section', hash);
      assert.equal(await page.locator('.accordion-trigger[aria-expanded="true"]').count(), 0);
      assert.deepEqual(page.errors, [], hash);
      await page.context().close();
    }
  });

  test('expand all and collapse all', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Expand all' }).click();
    assert.equal(await page.locator('.accordion-trigger[aria-expanded="false"]').count(), 0);
    assert.equal(await page.locator('.accordion-panel:visible').count(), await triggers(page).count());
    await page.getByRole('button', { name: 'Collapse all' }).click();
    assert.equal(await page.locator('.accordion-panel:visible').count(), 0);
    await page.context().close();
  });

  test('printing shows every section expanded, without navigation, once their text is here', async () => {
    const page = await open();
    await page.emulateMedia({ media: 'print' });
    // Before any section was opened, only titles and leads are here: the page says how to print all.
    assert.match(await page.locator('.print-only').textContent(), /Expand all/);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.locator('.section-body').first().waitFor();
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await page.emulateMedia({ media: 'print' });
    const panels = await triggers(page).count();
    assert.equal(await page.locator('.accordion-panel .section-body:visible').count(), panels);
    assert.equal(await page.locator('.print-only').count(), 0);
    assert.equal(await page.locator('.view-nav').isVisible(), false);
    await page.context().close();
  });

  test('"Print this section" prints that section alone', async () => {
    const page = await open('#section=afisma');
    const print = page.getByRole('button', { name: 'Print this section' });
    await print.waitFor();
    // window.print() would open a dialog: count the calls instead.
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    await print.click();
    assert.equal(await page.evaluate(() => window.printed), 1);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('.accordion').evaluateAll((all) => all.filter((a) => getComputedStyle(a).display !== 'none').map((a) => a.id));
    assert.deepEqual(shown, ['sec-afisma']);
    assert.equal(await page.locator('.contents').isVisible(), false);
    // Once printed, the page prints whole again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const after = await page.locator('.accordion').evaluateAll((all) => all.filter((a) => getComputedStyle(a).display !== 'none').length);
    assert.equal(after, await triggers(page).count());
    await page.context().close();
  });

  test('no violations from axe-core with every section expanded, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open('', { colorScheme });
      await page.getByRole('button', { name: 'Expand all' }).click();
      assert.deepEqual(await axe(page), [], colorScheme);
      await page.context().close();
    }
  });

  test('reflows at 360 px without horizontal scrolling', async () => {
    const page = await open('#section=contributors', { viewport: { width: 360, height: 740 } });
    await page.getByRole('button', { name: 'Expand all' }).click();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
    await page.context().close();
  });
});

describe('timeline', () => {
  test('the navigation opens the timeline with at least 40 dated events linked to sections', async () => {
    const page = await open();
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.locator('.timeline-event').first().waitFor();
    assert.equal(new URL(page.url()).hash, '#view=timeline');
    assert.equal(await page.title(), 'Timeline – Peacekeeping in Mali and the Sahel');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'view-heading');
    const events = page.locator('.timeline-event');
    assert.ok((await events.count()) >= 40);
    const first = events.first();
    assert.match(await first.locator('time').getAttribute('datetime'), /^2012-\d\d/);
    assert.equal(await page.getByRole('link', { name: 'Timeline' }).getAttribute('aria-current'), 'page');
    await page.goBack();
    await page.locator('.accordion-trigger').first().waitFor();
    await page.context().close();
  });

  test('filtering by actor hides other events, is kept in the address and survives a reload', async () => {
    const page = await open('#view=timeline');
    const total = await page.locator('.timeline-event').count();
    await page.getByRole('checkbox', { name: /United Nations/ }).uncheck();
    const withoutUn = await page.locator('.timeline-event').count();
    assert.ok(withoutUn < total && withoutUn > 0);
    assert.match(await page.locator('main').getByRole('status').textContent(), new RegExp(`Showing ${withoutUn} of ${total} events`));
    assert.match(new URL(page.url()).hash, /actors=au-ecowas,france-eu,mali,armed-groups,regional/);
    await page.reload();
    await page.locator('.timeline-event').first().waitFor();
    assert.equal(await page.locator('.timeline-event').count(), withoutUn);
    assert.equal(await page.getByRole('checkbox', { name: /United Nations/ }).isChecked(), false);
    await page.getByRole('button', { name: 'Show all' }).click();
    assert.equal(await page.locator('.timeline-event').count(), total);
    await page.context().close();
  });

  test('"Only" shows one actor in one click, and the printed timeline says which actors it shows', async () => {
    const page = await open('#view=timeline');
    const total = await page.locator('.timeline-event').count();
    await page.getByRole('button', { name: 'Show only Malian authorities' }).click();
    assert.match(new URL(page.url()).hash, /actors=mali$/);
    const shown = await page.locator('.timeline-event').count();
    assert.ok(shown > 0 && shown < total);
    assert.equal(await page.locator('.actor-badge').filter({ hasNotText: 'Malian authorities' }).count(), 0);
    await page.emulateMedia({ media: 'print' });
    assert.match(await page.locator('.filter-status').textContent(), /: Malian authorities$/);
    assert.equal(await page.locator('.filter-status').isVisible(), true);
    await page.context().close();
  });

  test('an event links to the section that explains it', async () => {
    const page = await open('#view=timeline');
    const link = page.locator('.timeline-event a[href^="#section="]').first();
    const id = (await link.getAttribute('href')).replace('#section=', '');
    await link.click();
    await page.locator(`#btn-${id}[aria-expanded="true"]`).waitFor();
    await page.context().close();
  });

  test('no violations from axe-core on the timeline', async () => {
    const page = await open('#view=timeline&actors=un,mali');
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
});

describe('header', () => {
  test('one row on a laptop, compact on a phone and at 200 % zoom, in both languages; the current view and language look current', async () => {
    // On a phone in French the header used to be about 230 px tall, and 318 of 400 px at 200 % zoom.
    for (const [width, height, most] of [[1280, 900, 70], [390, 844, 130], [640, 400, 130]]) {
      for (const hash of ['', '#lang=fr']) {
        const page = await open(hash, { viewport: { width, height } });
        const tall = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
        assert.ok(tall <= most, `${width} px ${hash || 'en'}: header ${tall} px tall`);
        if (width === 1280) {
          const tops = await page.locator('.site-title, .view-nav, .header-tools').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top / 10)));
          assert.equal(new Set(tops).size, 1, `one row: ${tops}`);
        }
        await page.context().close();
      }
    }
    const page = await open('#view=timeline');
    const current = page.locator('.view-nav a[aria-current="page"]');
    assert.equal(await current.textContent(), 'Timeline');
    // Marked by weight and an underline bar, not drawn as a button.
    const look = await current.evaluate((a) => getComputedStyle(a));
    assert.equal(look.fontWeight, '700');
    assert.equal(await current.evaluate((a) => getComputedStyle(a).borderTopWidth), '0px');
    assert.equal(await page.locator('.language-switch a[aria-current="true"]').textContent(), 'English');
    await page.context().close();
  });
});

describe('addresses', () => {
  test('an address naming what is not here says so, and opens the nearest view', async () => {
    const page = await open('#quiz=nope');
    await page.locator('.quiz-card').first().waitFor();
    assert.match(await page.locator('.not-found').textContent(), /No quiz is called “nope”/);
    await page.goto(`${app.server.url}#select=atlantis`);
    await page.locator('.not-found', { hasText: 'Nothing on the map is called “atlantis”' }).waitFor();
    // A year the map does not have shows the nearest one it has.
    await page.goto(`${app.server.url}#view=map&year=1900`);
    await page.locator('#map-year-input').waitFor();
    await page.waitForFunction(() => document.getElementById('map-year-input').value === '2012');
    await page.goto(`${app.server.url}#view=timeline&actors=xyz`);
    await page.locator('.timeline-event').first().waitFor();
    assert.match(await page.locator('.filter-status').textContent(), /^Showing (\d+) of \1 events$/);
    await page.context().close();
  });

  test('a deep-linked section takes focus without a ring until a key is pressed', async () => {
    const page = await open('#section=threats');
    await page.waitForFunction(() => document.activeElement?.id === 'btn-threats');
    const outline = () => page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.equal(await outline(), 'none');
    await page.keyboard.press('Shift');
    assert.notEqual(await outline(), 'none');
    await page.context().close();
  });
});

describe('robustness', () => {
  test('a text file from another version (a stale cache) shows a readable message, not a blank page', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    // The build has no test hook to crash it: the app is given corrupt input instead.
    await page.route(/\/text\/en-main-[0-9a-f]+\.txt$/, (route) => route.fulfill({ contentType: 'text/plain', body: 'one\u001ftwo' }));
    await page.goto(app.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Something went wrong/);
    assert.match(await alert.textContent(), /holds 2 texts where this version of the app expects/);
    assert.equal(await alert.getByRole('link', { name: 'Reload the page' }).count(), 1);
    await context.close();
  });
});
