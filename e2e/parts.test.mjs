// The map and the quizzes come in parts of the wasm of their own (scripts/build-wasm.mjs), fetched
// the first time a reader opens them; a failed download says so and can be retried.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerKey, useApp } from './helpers.mjs';

const app = useApp();
const parts = (page) => page.requests.filter((u) => /\/pkg-[0-9a-f]+\/(split_|chunk_)[\w]+\.wasm$/.test(u));
const texts = (page) => page.requests.filter((u) => u.includes('/text/')).map((u) => u.split('/text/')[1].replace(/-[0-9a-f]{8}\.txt$/, ''));

describe('parts of the app fetched when first needed', () => {
  test('the sections need no part; the map and the quizzes bring theirs, once', async () => {
    const page = await app.open();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(parts(page), [], 'a first visit fetches only the main wasm');
    assert.deepEqual(texts(page), ['en-main'], 'and the main part of the text');
    await page.getByRole('link', { name: 'Map' }).click();
    await page.locator('.sahel-map a[aria-label="Mali"]').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'view-heading');
    assert.ok(parts(page).some((u) => /split_map_view/.test(u)), parts(page).join(' '));
    assert.deepEqual(texts(page), ['en-main', 'en-map']);
    // A panel lists its events: the timeline's words come with the first selection.
    await page.locator('.sahel-map a[aria-label="Mali"]').click();
    await page.locator('.map-events time').first().waitFor();
    assert.deepEqual(texts(page), ['en-main', 'en-map', 'en-timeline']);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'map-panel-heading', 'the words arriving keep focus');
    await page.getByRole('link', { name: 'Quizzes' }).click();
    await page.locator('.quiz-card').first().waitFor();
    assert.ok(parts(page).some((u) => /split_quiz_view/.test(u)), parts(page).join(' '));
    assert.deepEqual(texts(page), ['en-main', 'en-map', 'en-timeline', 'en-quizzes']);
    const fetched = parts(page).length;
    await page.getByRole('link', { name: 'Map' }).click();
    await page.locator('.sahel-map').waitFor();
    assert.equal(parts(page).length, fetched, 'a part is fetched once');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('quizzes need no map until a map question: then its code and the map\'s words come', async () => {
    const quiz = answerKey().find((q) => q.questions[0].type !== 'map' && q.questions.some((x) => x.type === 'map'));
    const n = quiz.questions.findIndex((x) => x.type === 'map') + 1;
    const page = await app.open(`#quiz=${quiz.id}&q=1`);
    await page.locator('legend.prompt').waitFor();
    await page.waitForLoadState('networkidle');
    assert.ok(parts(page).some((u) => /split_quiz_view/.test(u)), parts(page).join(' '));
    assert.ok(!parts(page).some((u) => /split_map/.test(u)), parts(page).join(' '));
    // The list's words and this quiz's own questions: not the other quizzes'.
    assert.deepEqual(texts(page), ['en-main', 'en-quizzes', `en-quiz-${quiz.id}`]);
    const before = parts(page).length;
    await page.goto(`${app.server.url}#quiz=${quiz.id}&q=${n}`);
    await page.locator('.sahel-map a[aria-label="Mali"]').waitFor();
    const added = parts(page).slice(before);
    assert.ok(added.some((u) => /split_map_picker/.test(u)), added.join(' '));
    assert.ok(!added.some((u) => /split_map_view/.test(u)), 'not the map view itself');
    assert.deepEqual(texts(page), ['en-main', 'en-quizzes', `en-quiz-${quiz.id}`, 'en-map']);
    assert.equal(await page.locator('legend.prompt').textContent(), quiz.questions[n - 1].prompt);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a part that cannot be downloaded is explained, and trying again works', async () => {
    const page = await app.open();
    let blocked = true;
    await page.route(/split_map_view\w*\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
    await page.getByRole('link', { name: 'Map' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not be downloaded/);
    blocked = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.sahel-map a[aria-label="Mali"]').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    await page.context().close();
  });
});
