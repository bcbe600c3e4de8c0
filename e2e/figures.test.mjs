// The Figures view: every chart with its table alternative, axe in light and dark mode, deep links,
// the CSV download, the readout of a focused point, French number formats, embed mode, and the
// sections that link to their charts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { axe, useApp } from './helpers.mjs';

const app = useApp();

// The charts as the content defines them (ids in file order), read from the content folder.
const CHARTS = execFileSync('sh', ['-c', 'for f in content/figures/*.toml; do sed -n "s/^id = \\"\\(.*\\)\\"$/\\1/p" "$f" | head -1; done'], {
  encoding: 'utf8',
})
  .trim()
  .split('\n');

describe('figures', () => {
  test('at least six charts, each drawn with its points, key, table alternative and sources, without axe violations in light and dark mode', async () => {
    assert.ok(CHARTS.length >= 6, CHARTS.join(', '));
    for (const colorScheme of ['light', 'dark']) {
      const page = await app.open('#view=figures', { colorScheme });
      const picker = page.getByRole('navigation', { name: 'Charts' });
      assert.equal(await picker.getByRole('link').count(), CHARTS.length);
      for (const id of CHARTS) {
        await page.goto(`${app.server.url}#view=figures&chart=${id}`);
        const card = page.locator(`#figure-${id}`);
        await card.waitFor();
        const title = (await card.locator('h2').textContent()).trim();
        assert.equal(await picker.locator('[aria-current="page"]').textContent(), title);
        assert.ok((await card.locator('.figure-summary').textContent()).length > 80, `${id}: a text summary`);
        const points = card.locator('.figure-chart a[data-point]');
        const n = await points.count();
        assert.ok(n >= 3, `${id}: ${n} points`);
        assert.ok((await card.locator('.figure-key li').count()) >= 1, `${id}: a key`);
        assert.ok((await card.locator('.figure-sources li').count()) >= 1, `${id}: sources`);
        assert.deepEqual(await axe(page), [], `${id}, ${colorScheme}, chart`);
        // The table alternative: the same points, one row each.
        const toggle = card.getByRole('button', { name: 'Show as table' });
        assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
        assert.ok(await card.locator('.figure-tables').isVisible());
        assert.ok(!(await card.locator('.figure-chart').isVisible()));
        const rows = await card.locator('.figure-table tbody tr:not(.gap-row)').count();
        assert.equal(rows, n, `${id}: a table row per point`);
        assert.deepEqual(await axe(page), [], `${id}, ${colorScheme}, table`);
      }
      assert.deepEqual(page.errors, []);
      assert.deepEqual(page.foreign, []);
      await page.context().close();
    }
  });

  test('a focused point announces its value, and shows it', async () => {
    const page = await app.open('#view=figures&chart=strength');
    const first = page.locator('#figure-strength a[data-point]').first();
    assert.equal(
      await first.getAttribute('aria-label'),
      'Authorised ceiling, military, 25 April 2013: 11,200 personnel (Resolution 2100)',
    );
    // Keyboard: Tab reaches the points; the one in focus is named by its value and read out.
    await page.locator('#figure-strength .button').last().focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert.equal(focused, 'Authorised ceiling, military, 25 April 2013: 11,200 personnel (Resolution 2100)');
    assert.equal(
      (await page.locator('#figure-strength .readout').textContent()).trim(),
      'Authorised ceiling, military, 25 April 2013: 11,200 personnel (Resolution 2100)',
    );
    const snapshot = await page.locator('#figure-strength .figure-chart').ariaSnapshot();
    assert.match(snapshot, /link "Authorised ceiling, military, 25 April 2013: 11,200 personnel \(Resolution 2100\)"/);
    // A point leads to the section that explains it.
    assert.equal(await first.getAttribute('href'), '#section=minusma-mandate');
    await page.context().close();
  });

  test('gaps are shown as gaps, not zeros, and a change of counting method is marked', async () => {
    const page = await app.open('#view=figures&chart=idps');
    const chart = page.locator('#figure-idps .figure-chart');
    assert.equal(await chart.locator('g.gap').count(), 3);
    assert.ok((await chart.locator('g.method').count()) >= 3);
    assert.match(await chart.textContent(), /Change of counting method, 28 February 2014/);
    await page.goto(`${app.server.url}#view=figures&chart=deaths`);
    const deaths = page.locator('#figure-deaths');
    await deaths.waitFor();
    // 2013, 2016, 2017 and 2023 have no figure: written as such, with no bar.
    assert.equal(await deaths.locator('text.none').count(), 4);
    assert.equal(await deaths.locator('a[data-point][aria-label*="2016"]').count(), 0);
    await page.context().close();
  });

  test('#view=figures&chart=… opens that chart; an unknown chart says so', async () => {
    const page = await app.open('#view=figures&chart=budget');
    assert.equal((await page.locator('.figure h2').textContent()).trim(), "MINUSMA's budget by fiscal year");
    assert.match(await page.title(), /^Figures – /);
    await page.locator('.chart-picker a', { hasText: 'Internally displaced people in Mali' }).click();
    await page.locator('#figure-idps').waitFor();
    assert.match(new URL(page.url()).hash, /^#view=figures&chart=idps$/);
    const missing = await app.open('#view=figures&chart=nope');
    assert.match(await missing.locator('.not-found').textContent(), /No chart is called “nope”/);
    assert.equal(await missing.locator('.figure').count(), 1, 'the first chart is shown instead');
    await page.context().close();
    await missing.context().close();
  });

  test('each chart has its citation, linking to that chart, in the reader\'s language', async () => {
    const page = await app.open('#view=figures&chart=strength');
    await page.locator('#figure-strength').getByRole('button', { name: 'Cite this' }).click();
    const title = (await page.locator('#figure-strength h2').textContent()).trim();
    const dialog = page.getByRole('dialog', { name: `Cite this: ${title}` });
    await dialog.waitFor();
    const apa = (await dialog.locator('.cite-text').first().textContent()).trim();
    assert.ok(apa.startsWith(`${title}. (2026, December 1).`), apa);
    assert.ok(apa.endsWith('#view=figures&chart=strength'), apa);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Another chart, in French: its own title and address, French dates.
    await page.goto(`${app.server.url}#view=figures&chart=budget&lang=fr`);
    await page.locator('#figure-budget').waitFor();
    await page.locator('html[lang="fr"]').waitFor({ state: 'attached' });
    // Redrawn in French, the dialog stays closed until asked again.
    assert.equal(await page.locator('dialog[open]').count(), 0);
    await page.locator('#figure-budget').getByRole('button', { name: 'Citer' }).click();
    const fr = page.getByRole('dialog', { name: /^Citer/ });
    await fr.waitFor();
    const mla = (await fr.locator('.cite-text').nth(1).textContent()).trim();
    assert.match(mla, /#view=figures&chart=budget&lang=fr/);
    assert.match(mla, /1er déc\. 2026/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the CSV download holds every point, with its date, value and source', async () => {
    const page = await app.open('#view=figures&chart=deaths', { acceptDownloads: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the data (CSV)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'deaths.csv');
    const path = await download.path();
    const csv = (await import('node:fs')).readFileSync(path, 'utf8');
    const rows = csv.trim().split('\r\n');
    assert.equal(rows[0], 'chart,panel,series,basis,unit,category,date,value,qualifier,source,source_url,method_change,note');
    assert.equal(rows.length, 1 + (await page.locator('#figure-deaths a[data-point]').count()));
    assert.ok(
      rows.some((r) => r.startsWith('deaths,1,Peacekeepers killed in deliberate attacks,peacekeepers-killed-deliberate-attacks-mali,peacekeepers killed,2019,2019,22,,')),
      rows.join('\n'),
    );
    assert.ok(rows.some((r) => r.includes(',2023-12-30,311,,') && r.includes('https://www.zawya.com/')));
    assert.deepEqual(page.foreign, [], 'no request leaves the site');
    await page.context().close();
  });

  test('French: numbers, dates and words in French formats', async () => {
    const page = await app.open('#view=figures&chart=strength&lang=fr');
    assert.equal((await page.locator('#view-heading').textContent()).trim(), 'Les chiffres, en graphiques');
    const first = page.locator('#figure-strength a[data-point]').first();
    assert.equal(
      await first.getAttribute('aria-label'),
      'Plafond autorisé, militaires, 25 avril 2013\u202F: 11\u202F200 personnels (Résolution 2100)',
    );
    // Axis ticks with narrow no-break spaces between thousands.
    assert.ok((await page.locator('#figure-strength text.tick.y').allTextContents()).includes('10\u202F000'));
    await page.getByRole('button', { name: 'Afficher en tableau' }).click();
    assert.ok((await page.locator('#figure-strength .figure-table').first().textContent()).includes('environ 6\u202F000'));
    await page.goto(`${app.server.url}#view=figures&chart=budget&lang=fr`);
    await page.locator('#figure-budget').waitFor();
    assert.ok((await page.locator('#figure-budget .figure-chart').textContent()).includes('454,43'));
    await page.context().close();
  });

  test('embedded (?embed=1), a chart stands alone with its sources', async () => {
    const page = await app.open('?embed=1#view=figures&chart=french');
    assert.equal((await page.locator('.figure h2').textContent()).trim(), 'French troops in Mali and the Sahel');
    assert.equal(await page.locator('.chart-picker').count(), 0);
    assert.equal(await page.locator('.site-header').count(), 0);
    assert.ok((await page.locator('.figure-sources li').count()) >= 3);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  test('every chart and its table reflow at 360 px: no sideways scrolling of the page', async () => {
    const page = await app.open('#view=figures', { viewport: { width: 360, height: 800 } });
    for (const id of CHARTS) {
      for (const [lang, button] of [['en', 'Show as table'], ['fr', 'Afficher en tableau']]) {
        await page.goto(`${app.server.url}#view=figures&chart=${id}&lang=${lang}`);
        await page.locator(`#figure-${id}`).waitFor();
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, `${id} ${lang}, chart`);
        await page.getByRole('button', { name: button }).click();
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, `${id} ${lang}, table`);
      }
    }
    await page.context().close();
  });

  test('a section shows its chart, styled, and links it to the Figures view, which is in the navigation', async () => {
    const page = await app.open('#section=minusma-mandate');
    const figure = page.locator('#panel-minusma-mandate .section-figure');
    await figure.locator('svg.chart').waitFor();
    // Drawn with the Figures view's styles, fetched with the section: the first series' colour.
    await page.waitForFunction(() => {
      const mark = document.querySelector('#panel-minusma-mandate .section-figure .mark');
      return mark && getComputedStyle(mark).fill === 'rgb(29, 111, 184)';
    });
    assert.ok((await figure.locator('a[data-point]').count()) > 5, 'its points are there, each announcing its value');
    const link = figure.locator('figcaption a[href="#view=figures&chart=strength"]');
    await link.click();
    await page.locator('#figure-strength').waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Figures' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
