// The map: real borders, selectable countries and places, layers, years, and map questions.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, useApp } from './helpers.mjs';

const app = useApp();

describe('map', () => {
  test('shows the frame with every country and place as a named link, and its attribution', async () => {
    const page = await app.open('#view=map');
    const countries = page.locator('a.country');
    assert.ok((await countries.count()) >= 20);
    for (const name of ['Mali', 'Mauritania', 'Senegal', 'Guinea', "Côte d'Ivoire", 'Burkina Faso', 'Niger', 'Chad', 'Algeria', 'Nigeria']) {
      assert.equal(await page.locator(`a.country[aria-label="${name}"]`).count(), 1, name);
    }
    for (const name of ['Bamako', 'Kidal', 'Timbuktu', 'Gao', 'Mopti', 'Tessalit', 'Aguelhok', 'Ménaka', 'Sévaré', 'Koulikoro', 'Ségou', 'Niamey', 'Ouagadougou', "N'Djamena", 'Nouakchott', 'Dakar']) {
      assert.equal(await page.locator(`a.place[aria-label="${name}"]`).count(), 1, name);
    }
    assert.match(await page.locator('.map-attribution').textContent(), /Natural Earth/);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.foreign, []);
    await page.context().close();
  });

  test('clicking a country selects it: address, panel, announcement and focus', async () => {
    const page = await app.open('#view=map&year=2015');
    await page.locator('a.country[aria-label="Chad"]').click({ position: { x: 30, y: 30 } });
    await page.locator('#map-panel-heading', { hasText: 'Chad' }).waitFor();
    assert.match(new URL(page.url()).hash, /select=tcd/);
    assert.match(await page.locator('main').getByRole('status').textContent(), /Selected: Chad/);
    const panel = page.locator('.map-panel');
    assert.match(await panel.textContent(), /In 2015/);
    assert.match(await panel.textContent(), /G5 Sahel members/);
    await page.waitForFunction(() => document.activeElement?.id === 'map-panel-heading');
    await page.context().close();
  });

  test('places are reachable and selectable by keyboard', async () => {
    const page = await app.open('#view=map');
    await page.locator('a.place[aria-label="Gao"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#map-panel-heading', { hasText: 'Gao' }).waitFor();
    assert.equal(await page.locator('a.place[aria-label="Gao"]').getAttribute('aria-current'), 'true');
    await page.context().close();
  });

  test('layers and years change what the map shows, and are kept in the address', async () => {
    const page = await app.open('#view=map&year=2024');
    await page.getByRole('checkbox', { name: 'Alliance of Sahel States' }).check();
    assert.equal(await page.locator('a.country.on-aes').count(), 3, 'Mali, Burkina Faso and Niger in 2024');
    assert.equal(await page.locator('.overlay.ov-aes:visible').count(), 3);
    assert.match(new URL(page.url()).hash, /layers=g5-sahel,aes,minusma/);
    // MINUSMA had left Kidal by 2024: its marker is drawn as closed.
    assert.match(await page.locator('a.place[aria-label="Kidal"]').getAttribute('class'), /closed/);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Previous year' }).click();
    assert.match(new URL(page.url()).hash, /year=2019/);
    assert.equal(await page.locator('.overlay.ov-aes:visible').count(), 0, 'no AES before 2023');
    assert.match(await page.locator('a.place[aria-label="Kidal"]').getAttribute('class'), /on-minusma/);
    assert.equal(await page.locator('a.country.on-g5-sahel').count(), 5, 'five G5 members in 2019');
    await page.reload();
    await page.locator('.sahel-map').waitFor();
    assert.equal(await page.locator('#map-year-input').inputValue(), '2019');
    assert.equal(await page.getByRole('checkbox', { name: 'Alliance of Sahel States' }).isChecked(), true);
    // The text alternative's links keep the layers chosen since it was drawn.
    await page.getByRole('checkbox', { name: 'ECOWAS members' }).check();
    await page.locator('.map-text summary').click();
    await page.locator('.map-text a').filter({ hasText: /^Niger$/ }).click();
    assert.match(new URL(page.url()).hash, /select=ner/);
    assert.match(new URL(page.url()).hash, /layers=g5-sahel,aes,ecowas,minusma/);
    assert.equal(await page.getByRole('checkbox', { name: 'ECOWAS members' }).isChecked(), true);
    await page.context().close();
  });

  test('a map link opens the selection; the timeline links to the map at an event year, where it happened', async () => {
    const page = await app.open('#select=kidal&year=2023&layers=minusma');
    assert.equal(await page.locator('#map-panel-heading').textContent(), 'Kidal');
    assert.match(await page.locator('.map-panel').textContent(), /In 2023/);
    await page.goto(`${app.server.url}#view=timeline`);
    // The retaking of Timbuktu happened at a place on the map: the link selects it.
    const event = page.locator('#event-timbuktu-retaken');
    await event.getByRole('link', { name: 'On the map (2013)' }).click();
    await page.locator('.sahel-map').waitFor();
    assert.equal(await page.locator('#map-year-input').inputValue(), '2013');
    assert.match(new URL(page.url()).hash, /select=timbuktu/);
    await page.locator('#map-panel-heading', { hasText: 'Timbuktu' }).waitFor();
    await page.context().close();
  });

  test('on a phone every place is a target of at least 24 × 24 px, and names stay readable when zoomed', async () => {
    const page = await app.open('#view=map', { viewport: { width: 390, height: 844 } });
    const sizes = () =>
      page.locator('a.place').evaluateAll((links) =>
        links.map((a) => {
          const target = a.querySelector('.target').getBoundingClientRect();
          const label = a.querySelector('.place-label')?.getBoundingClientRect();
          return { name: a.getAttribute('aria-label'), w: target.width, h: target.height, label: label?.height };
        }),
      );
    for (const zoom of [0, 3]) {
      for (let i = 0; i < zoom; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      for (const p of await sizes()) {
        assert.ok(p.w >= 24 && p.h >= 24, `${p.name}: ${p.w} × ${p.h} px at zoom ${zoom}`);
        if (p.label !== undefined) assert.ok(p.label >= 10, `${p.name}'s label is ${p.label} px tall`);
      }
    }
    // A tap just below Gao's marker still selects Gao, not Mali around it.
    await page.getByRole('button', { name: 'Whole map' }).click();
    await page.locator('a.place[aria-label="Gao"]').scrollIntoViewIfNeeded();
    const gao = await page.locator('a.place[aria-label="Gao"] .marker').boundingBox();
    await page.mouse.click(gao.x + gao.width / 2, gao.y + gao.height + 4);
    await page.locator('#map-panel-heading', { hasText: 'Gao' }).waitFor();
    // The key explains the symbols, and countries with room are named on the map.
    assert.match(await page.locator('.map-key').textContent(), /MINUSMA sector headquarters/);
    assert.ok((await page.locator('.country-name', { hasText: /^Mali$/ }).count()) === 1);
    await page.context().close();
  });

  test('by keyboard the places come before the countries', async () => {
    const page = await app.open('#view=map');
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('a.place, a.country')].map((a) => a.classList.contains('place') ? 'place' : 'country'),
    );
    assert.equal(order.indexOf('country'), order.lastIndexOf('place') + 1, 'every place, then every country');
    // Tab from the "Play" control reaches a place within a few steps, not after 25 countries.
    await page.getByRole('button', { name: 'Play the years' }).focus();
    let steps = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('place'))) && steps < 12) {
      await page.keyboard.press('Tab');
      steps++;
    }
    assert.ok(steps < 12, `a place after ${steps} Tabs`);
    await page.context().close();
  });

  test('"Play the years" becomes "Pause", announces each year, and keeps focus where it is', async () => {
    const page = await app.open('#select=gao&year=2020');
    await page.locator('a.place[aria-label="Gao"]').focus();
    await page.getByRole('button', { name: 'Play the years' }).click();
    const pause = page.getByRole('button', { name: 'Pause' });
    assert.equal(await pause.getAttribute('aria-pressed'), 'true');
    await page.locator('a.place[aria-label="Gao"]').focus();
    await page.waitForFunction(() => /year=2022/.test(location.hash), null, { timeout: 6000 });
    assert.match(await page.locator('main').getByRole('status').last().textContent(), /Year 202[12]/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Gao', 'focus stays on Gao');
    await pause.click();
    await page.getByRole('button', { name: 'Play the years' }).waitFor();
    await page.context().close();
  });

  test('zoom and pan by buttons and by dragging; fits 360 px', async () => {
    const page = await app.open('#view=map', { viewport: { width: 360, height: 740 } });
    const viewBox = () => page.locator('.sahel-map').getAttribute('viewBox');
    const whole = await viewBox();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await viewBox();
    assert.notEqual(zoomed, whole);
    await page.getByRole('button', { name: 'Move left' }).click();
    assert.notEqual(await viewBox(), zoomed);
    const box = await page.locator('.sahel-map').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 20, { steps: 5 });
    await page.mouse.up();
    const dragged = await viewBox();
    assert.notEqual(dragged, zoomed);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
    await page.getByRole('button', { name: 'Whole map' }).click();
    assert.equal(await viewBox(), whole);
    await page.context().close();
  });

  test('"find it on the map" questions are answered on the map, with feedback', async () => {
    const page = await app.open('#view=quiz');
    await page.goto(`${app.server.url}#quiz=minusma`);
    // Walk to the map question.
    for (let i = 0; i < 20 && !(await page.locator('legend.prompt').textContent()).includes('Sector East'); i++) {
      await page.locator('#question-next').click();
    }
    // Its code came with the map's, fetched just now; the new question still takes focus.
    await page.waitForFunction(() => document.activeElement?.id === 'question-heading');
    await page.locator('a.place[aria-label="Gao"]').click();
    assert.match(await page.locator('.map-choice').textContent(), /Gao/);
    assert.match(new URL(page.url()).hash, /quiz=minusma/, 'picking does not leave the quiz');
    await page.getByRole('button', { name: 'Check answer' }).click();
    assert.match(await page.locator('.verdict').textContent(), /Correct\./);
    assert.equal(await page.getByRole('button', { name: 'Check answer' }).count(), 0, 'locked after checking');
    assert.deepEqual(await axe(page), []);
    const heading = await page.locator('#question-heading').textContent();
    await page.locator('#question-next').click();
    await page.waitForFunction((h) => document.getElementById('question-heading')?.textContent !== h, heading);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the text alternative lists the same places, and axe finds no violations', async () => {
    const page = await app.open('#select=mli&layers=g5-sahel,aes,ecowas,minusma,french-operations,eutm&year=2022');
    await page.locator('.map-text summary').click();
    assert.ok((await page.locator('.map-text li').count()) >= 36);
    assert.match(await page.locator('.map-text').textContent(), /Mali — In 2022: G5 Sahel members/);
    assert.deepEqual(await axe(page), []);
    await page.goto(`${app.server.url}#view=map&lang=fr`);
    // The French text downloads first; the page switches once it is here.
    await page.locator('html[lang="fr"]').waitFor();
    await page.locator('.sahel-map').waitFor();
    assert.equal(await page.locator('a.place[aria-label="Tombouctou"]').count(), 1);
    assert.equal(await page.locator('a.country[aria-label="Tchad"]').count(), 1);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
});
