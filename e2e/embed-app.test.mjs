// The app's side of embedding: embed mode, real height and score messages to a host page on
// another origin (through embed.js), the share dialog, and the teacher's answer key.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerByMouse, answerKey, axe, currentQuestion, serve, useApp } from './helpers.mjs';

const app = useApp();
let hostDir;
let host;
before(async () => {
  hostDir = await mkdtemp(join(tmpdir(), 'sahel-host-'));
  host = await serve(hostDir, '/', { host: '127.0.0.2' });
});
after(async () => host?.close());

/** A course page on another origin that frames the explainer at `src` and records scores. */
async function hostPage(src) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body>
<h1>Unit 3</h1>
<iframe id="explainer" src="${src}" title="Explainer" width="600" style="border:0"></iframe>
<script src="${app.server.url}embed.js"></script>
<script>window.scores = []; document.getElementById('explainer').addEventListener('sahel-explainer:score', function (e) { window.scores.push(e.detail); });</script>
</body></html>`;
  await writeFile(join(hostDir, 'course.html'), html);
  return `${host.url}course.html`;
}

describe('embedding, from the app', () => {
  test('embed mode shows only the requested section, with a way to the full explainer', async () => {
    const page = await app.open('?embed=1#section=afisma');
    assert.equal(await page.locator('.site-header').count(), 0);
    assert.equal(await page.locator('.site-footer').count(), 0);
    assert.match(await page.locator('#view-heading').textContent(), /AFISMA/);
    assert.equal(await page.locator('.accordion').count(), 0, 'only that section');
    const full = await page.getByRole('link', { name: /Open the full explainer/ }).getAttribute('href');
    assert.ok(!full.includes('embed=1') && full.endsWith('#section=afisma'), full);
    assert.equal(await page.getByRole('link', { name: 'Français', exact: true }).count(), 1, 'language switch in embed mode');
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  test('in a frame on another origin, the frame takes the height of its content, with no console warning', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()));
    await page.goto(await hostPage(`${app.server.url}?embed=1#view=timeline`));
    const frame = page.frameLocator('#explainer');
    await frame.locator('.timeline-event').first().waitFor();
    await page.waitForFunction(() => document.getElementById('explainer').getBoundingClientRect().height > 2000);
    const frameHeight = await page.evaluate(() => document.getElementById('explainer').getBoundingClientRect().height);
    const contentHeight = await frame.locator('body').evaluate((b) => b.getBoundingClientRect().height);
    assert.ok(Math.abs(frameHeight - Math.ceil(contentHeight)) <= 1, `${frameHeight} vs ${contentHeight}`);
    // Filtering shortens the content; the frame follows.
    await frame.getByRole('checkbox', { name: /United Nations/ }).uncheck();
    await page.waitForFunction((h) => document.getElementById('explainer').getBoundingClientRect().height < h - 100, frameHeight);
    // The wasm's preload once carried an integrity hash, which browsers ignore with a warning.
    assert.deepEqual(warnings.filter((w) => /integrity/i.test(w)), []);
    await context.close();
  });

  test('finishing a quiz in a frame tells the course page the score', async () => {
    const quiz = answerKey().find((q) => q.id === 'crisis-and-intervention');
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(await hostPage(`${app.server.url}?embed=1#quiz=${quiz.id}`));
    const frame = page.frames().find((f) => f.url().startsWith(app.server.url));
    await frame.locator('legend.prompt').waitFor();
    for (let i = 0; i < quiz.questions.length; i++) {
      await answerByMouse(frame, await currentQuestion(frame, quiz), i !== 0);
      await frame.getByRole('button', { name: 'Check answer' }).click();
      await frame.locator('#question-next').click();
    }
    await page.waitForFunction(() => window.scores.length === 1);
    assert.deepEqual(await page.evaluate(() => window.scores), [
      { quiz: quiz.id, score: quiz.questions.length - 1, max: quiz.questions.length },
    ]);
    await context.close();
  });

  test('share dialog: link, iframe snippet and preview; keyboard and focus behave', async () => {
    const page = await app.open('#view=timeline&actors=un', { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.getByRole('button', { name: 'Share or embed' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
    await dialog.waitFor();
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the dialog');
    assert.equal(await page.locator('#share-link').inputValue(), page.url());
    const snippet = await page.locator('#share-code').inputValue();
    assert.match(snippet, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/courses\/sahel\/\?embed=1#view=timeline&amp;actors=un"|<iframe src="http:\/\/127\.0\.0\.1:\d+\/courses\/sahel\/\?embed=1#view=timeline&actors=un"/);
    assert.match(snippet, /title="Timeline – Peacekeeping in Mali and the Sahel"/);
    assert.match(snippet, /loading="lazy"/);
    assert.match(snippet, /<script src="http:\/\/127\.0\.0\.1:\d+\/courses\/sahel\/embed\.js" async><\/script>/);
    const preview = page.locator('.share-preview');
    assert.match(await preview.getAttribute('src'), /\?embed=1#view=timeline/);
    await page.frameLocator('.share-preview').locator('.timeline-event').first().waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('.share-status', { hasText: 'Copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    assert.deepEqual(await axe(page), []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Share or embed', 'focus returns');
    await page.context().close();
  });

  test('share dialog: a quiz from its start or this question, frames named for what they show, the preview out of the Tab order', async () => {
    const quiz = answerKey()[0];
    const page = await app.open(`#quiz=${quiz.id}&q=2`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Share or embed' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The whole quiz by default; this question on request.
    assert.doesNotMatch(await page.locator('#share-link').inputValue(), /q=2/);
    const code = () => page.locator('#share-code').inputValue();
    assert.match(await code(), new RegExp(`title="Quiz: ${quiz.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – Peacekeeping in Mali and the Sahel"`));
    assert.match(await code(), /height="900"/);
    await dialog.getByRole('radio', { name: 'This question' }).check();
    assert.match(await page.locator('#share-link').inputValue(), /q=2/);
    assert.match(await code(), /q=2/);
    // Copying says so under the field copied, not under the other.
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    const statuses = page.locator('.share-status');
    await statuses.nth(0).filter({ hasText: 'Copied.' }).waitFor();
    assert.equal((await statuses.nth(1).textContent()).trim(), '');
    // Tab goes from the link to "Close" without entering the preview.
    await page.locator('#share-link').focus();
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement.textContent)) !== 'Close' && tabs < 20) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    assert.ok(tabs <= 6, `${tabs} Tabs from the link to Close`);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  test('teacher view: an answer key for every quiz, only with the teacher flag, never linked from students\' pages', async () => {
    const start = await app.open('');
    for (const hash of ['', '#view=quiz', `#quiz=${answerKey()[0].id}&q=1`]) {
      await start.goto(`${app.server.url}${hash}`);
      await start.locator('#view-heading').waitFor();
      assert.equal(await start.getByRole('link', { name: 'Answer key for teachers' }).count(), 0, hash);
    }
    await start.context().close();
    const page = await app.open('#view=quiz&teacher=1');
    await page.getByRole('heading', { name: 'Answer key for teachers' }).waitFor();
    // The list comes once every quiz's words are here (the heading and its note before).
    await page.locator('.answer-key li').first().waitFor();
    assert.match(await page.locator('.answer-key > p').first().textContent(), /ready to print/);
    assert.ok((await page.locator('.answer-key li').count()) >= 58);
    assert.match(await page.locator('.answer-key').textContent(), /Dioncounda Traoré/);
    // Map questions' answers are places, whose names come with the map's words.
    const mapAnswers = answerKey().flatMap((q) => q.questions).filter((x) => x.type === 'map');
    assert.ok(mapAnswers.length > 0);
    for (const x of mapAnswers) {
      assert.ok((await page.locator('.answer-key strong', { hasText: x.answer.name }).count()) > 0, x.answer.name);
    }
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.answer-key').isVisible(), true);
    assert.equal(await page.locator('.quiz-list').isVisible(), false, 'printed without the quiz list');
    await page.goto(`${app.server.url}#view=quiz`);
    await page.locator('.quiz-card').first().waitFor();
    assert.equal(await page.locator('.answer-key').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('links that survive embedding (embed.js with data-sync-hash)', () => {
  /** A course page on another origin whose embed.js keeps the explainer's place in its address. */
  async function syncingHost(src) {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body>
<h1>Unit 3</h1>
<iframe id="explainer" src="${src}" title="Explainer" width="600" height="800" style="border:0"></iframe>
<script src="${app.server.url}embed.js" data-sync-hash></script>
</body></html>`;
    await writeFile(join(hostDir, 'synced.html'), html);
    return `${host.url}synced.html`;
  }

  test('opening the course page at #sahel=… opens the frame there, and moves in the frame update the address', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${await syncingHost(`${app.server.url}?embed=1`)}#sahel=view=quiz`);
    const frame = page.frameLocator('#explainer');
    await frame.locator('a[href*="quiz=minusma"]').first().waitFor();
    assert.equal(new URL(page.url()).hash, '#sahel=view=quiz', 'the address still names the place');
    // A move in the frame: the host's address follows, without a history step of its own.
    const steps = await page.evaluate(() => history.length);
    await frame.locator('a[href*="quiz=minusma"]').first().click();
    await page.waitForFunction(() => location.hash === '#sahel=quiz=minusma&q=1');
    assert.equal(await page.evaluate(() => history.length), steps + 1, "one step: the frame's");
    await frame.locator('legend.prompt').waitFor();
    // The same address, opened afresh, shows that question.
    const again = await context.newPage();
    await again.goto(page.url());
    const heading = again.frameLocator('#explainer').locator('#question-heading');
    await heading.waitFor();
    assert.match(await heading.textContent(), /Question 1 of/);
    // The page's own history step (back to the list) takes the frame back too.
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#sahel=view=quiz');
    await context.close();
  });

  test('a place message from a frame that is not the explainer, or a page without the opt-in, leaves the address alone', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    // Without data-sync-hash: the frame moves, the address does not.
    await page.goto(await hostPage(`${app.server.url}?embed=1#view=quiz`));
    const frame = page.frameLocator('#explainer');
    await frame.locator('a[href*="quiz=minusma"]').first().click();
    await frame.locator('legend.prompt').waitFor();
    assert.equal(new URL(page.url()).hash, '');
    // With it: a message from the page itself (not from the explainer's frame) is ignored.
    await page.goto(await syncingHost(`${app.server.url}?embed=1#view=timeline`));
    await page.frameLocator('#explainer').locator('.timeline-event').first().waitFor();
    assert.equal(new URL(page.url()).hash, '', 'where the frame starts is not written into the address');
    await page.evaluate(() => window.postMessage({ source: 'sahel-explainer', type: 'place', fragment: 'view=map' }, '*'));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    assert.equal(new URL(page.url()).hash, '');
    await context.close();
  });
});
