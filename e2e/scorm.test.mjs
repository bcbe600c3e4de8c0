// The SCORM 1.2 packages (dist/scorm/, written by crates/scorm) inside a course platform: the
// platform's side is the SCORM 1.2 API of the npm package scorm-again (a runtime LMSs use, none of
// our code), on a host page that frames the package as an LMS does, all under the strict
// Content-Security-Policy. Each package is unzipped and served as a platform would serve it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerByMouse, answerKey, currentQuestion, DIST, launch, serve } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const QUIZ = 'crisis-and-intervention';
// Its browser build (a classic script defining `Scorm12API`), as its package exports it for `require`.
const SCORM_AGAIN = createRequire(import.meta.url).resolve('scorm-again/scorm12');

// The course platform's page: its SCORM API (unless ?api=0), a log of what the package did with
// it, and the package in a frame at the address its manifest gives. `window.savedCmi`, set before
// the page runs, is what the platform kept from an earlier session.
const HOST_JS = `
var params = new URLSearchParams(location.search);
window.log = [];
if (params.get('api') !== '0') {
  window.API = new Scorm12API({ logLevel: 5 });
  if (window.savedCmi) window.API.loadFromJSON(window.savedCmi);
  window.API.on('LMSInitialize', function () { log.push(['initialize']); });
  window.API.on('LMSSetValue.cmi.*', function (element, value) { log.push(['set', element, value]); });
  window.API.on('LMSCommit', function () { log.push(['commit']); });
  window.API.on('LMSFinish', function () { log.push(['finish']); });
}
var frame = document.createElement('iframe');
frame.title = 'Course activity';
frame.width = '1000';
frame.height = '800';
frame.src = params.get('launch');
document.body.appendChild(frame);
`;

let browser;
let server;
let root;
const launches = {};
const key = answerKey();

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'sahel-scorm-'));
  for (const [name, zip] of [['quiz', `sahel-quiz-${QUIZ}.zip`], ['whole', 'sahel-explainer.zip']]) {
    execFileSync('unzip', ['-q', join(DIST, 'scorm', zip), '-d', join(root, name)]);
    const manifest = await readFile(join(root, name, 'imsmanifest.xml'), 'utf8');
    // Where an LMS launches the package: the SCO's href, relative to the package's root.
    const href = manifest.match(/adlcp:scormtype="sco" href="([^"]+)"/)[1].replace(/&amp;/g, '&');
    launches[name] = `${name}/${href}`;
  }
  await copyFile(SCORM_AGAIN, join(root, 'scorm12.min.js'));
  await writeFile(join(root, 'host.js'), HOST_JS);
  await writeFile(join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
  await writeFile(
    join(root, 'host.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title><link rel="icon" href="icon.svg"></head><body><h1>Unit 3</h1>' +
      '<script src="scorm12.min.js"></script><script src="host.js"></script></body></html>',
  );
  browser = await launch();
  server = await serve(root, '/lms/', { headers: { 'content-security-policy': CSP } });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Opens the platform's page with package `name`; resolves with the page and the package's frame. */
async function open(name, { api = true, savedCmi, context } = {}) {
  context ??= await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.errors = [];
  page.foreign = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  page.on('request', (r) => !r.url().startsWith(server.url) && page.foreign.push(r.url()));
  if (savedCmi) await page.addInitScript((cmi) => { window.savedCmi = cmi; }, savedCmi);
  await page.goto(`${server.url}host.html?api=${api ? 1 : 0}&launch=${encodeURIComponent(launches[name])}`);
  await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow?.document?.getElementById('view-heading'));
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.locator('#first-view-note').waitFor({ state: 'detached' });
  return { page, frame, context };
}

const value = (page, element) => page.evaluate((e) => window.API.LMSGetValue(e), element);
const sets = (page, element) =>
  page.evaluate((e) => window.log.filter((l) => l[0] === 'set' && l[1] === e).map((l) => l[2]), element);
const count = (page, what) => page.evaluate((w) => window.log.filter((l) => l[0] === w).length, what);

async function answer(frame, quiz, right) {
  await frame.locator('legend.prompt').waitFor();
  // A frame has no keyboard of its own: a map question may need the page's.
  const inFrame = {
    locator: (...a) => frame.locator(...a),
    getByRole: (...a) => frame.getByRole(...a),
    keyboard: frame.page().keyboard,
  };
  await answerByMouse(inFrame, await currentQuestion(frame, quiz), right);
  await frame.getByRole('button', { name: 'Check answer' }).click();
  await frame.locator('#question-next').click();
}

describe('SCORM 1.2 packages', () => {
  test('the build wrote one package per quiz and one for the whole explainer, without the worker', async () => {
    const zips = (await readdir(join(DIST, 'scorm'))).sort();
    assert.deepEqual(zips, ['sahel-explainer.zip', ...key.map((q) => `sahel-quiz-${q.id}.zip`)].sort());
    const listing = execFileSync('unzip', ['-Z1', join(DIST, 'scorm', `sahel-quiz-${QUIZ}.zip`)], { encoding: 'utf8' }).split('\n');
    assert.ok(listing.includes('imsmanifest.xml') && listing.includes('index.html'));
    for (const gone of ['sw.js', 'embed.js', 'sahel-explainer.html']) assert.ok(!listing.includes(gone), gone);
    const index = await readFile(join(root, 'quiz', 'index.html'), 'utf8');
    assert.doesNotMatch(index, /rel="?manifest/, 'no manifest link: the app registers no service worker');
    const manifest = await readFile(join(root, 'quiz', 'imsmanifest.xml'), 'utf8');
    assert.match(manifest, /<adlcp:masteryscore>70<\/adlcp:masteryscore>/);
    assert.equal(launches.quiz, `quiz/index.html?scorm=1&graded=${QUIZ}&mastery=70#quiz=${QUIZ}`);
  });

  test('a quiz package reports score, status and time, commits after each answer, and finishes', async () => {
    const quiz = key.find((q) => q.id === QUIZ);
    const n = quiz.questions.length;
    const { page, frame, context } = await open('quiz');
    await frame.locator('legend.prompt').waitFor();
    assert.equal(await count(page, 'initialize'), 1);
    assert.equal(await value(page, 'cmi.core.lesson_status'), 'incomplete');
    assert.equal(await value(page, 'cmi.core.score.raw'), '', 'no score before an answer');
    assert.equal(await frame.getByRole('button', { name: 'Reset progress' }).count(), 0, 'the platform owns the attempts');
    assert.match(await frame.locator('.quiz-progress').textContent(), /No answers yet/);
    for (let i = 0; i < n; i++) {
      const commits = await count(page, 'commit');
      await answer(frame, quiz, i !== 0);
      await page.waitForFunction((c) => window.log.filter((l) => l[0] === 'commit').length > c, commits);
      const status = await value(page, 'cmi.core.lesson_status');
      assert.equal(status, i < n - 1 ? 'incomplete' : 'passed', `after answer ${i + 1}`);
      assert.equal(await value(page, 'cmi.core.score.raw'), String(Math.round((100 * i) / n)), `score after answer ${i + 1}`);
    }
    assert.equal(await value(page, 'cmi.core.score.min'), '0');
    assert.equal(await value(page, 'cmi.core.score.max'), '100');
    assert.match(await value(page, 'cmi.suspend_data'), new RegExp(`^s1\\|${QUIZ}:2;\\d+;`));
    const times = await sets(page, 'cmi.core.session_time');
    assert.ok(times.length >= n && times.every((t) => /^\d{4}:\d{2}:\d{2}\.\d{2}$/.test(t)), times.join(' '));
    // Leaving the package (the platform moves on): the session ends once.
    await page.evaluate(() => { document.querySelector('iframe').src = 'about:blank'; });
    await page.waitForFunction(() => window.log.some((l) => l[0] === 'finish'));
    assert.equal(await count(page, 'finish'), 1);
    assert.equal(await page.evaluate(() => window.API.isTerminated()), true);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.foreign, [], 'no request leaves the package');
    await context.close();
  });

  test('a student who comes back resumes at the same question, with the same answers and shuffle', async () => {
    const quiz = key.find((q) => q.id === QUIZ);
    const first = await open('quiz');
    await first.frame.locator('legend.prompt').waitFor();
    const options = await first.frame.locator('.choice label, .order-text').allTextContents();
    await answer(first.frame, quiz, true);
    await answer(first.frame, quiz, false);
    await first.page.waitForFunction(() => window.log.filter((l) => l[0] === 'commit').length >= 3);
    const suspend = await value(first.page, 'cmi.suspend_data');
    await first.context.close();
    // Another computer: a fresh browser, with only what the platform kept.
    const { page, frame, context } = await open('quiz', { savedCmi: { suspend_data: suspend } });
    assert.match(await frame.locator('#question-heading').textContent(), /Question 3 of/);
    assert.match(await frame.locator('.quiz-progress').textContent(), /1 right out of 2 answered/);
    await frame.evaluate((id) => { location.hash = `#quiz=${id}&q=1`; }, QUIZ);
    await frame.locator('#question-heading', { hasText: 'Question 1 of' }).waitFor();
    assert.deepEqual(await frame.locator('.choice label, .order-text').allTextContents(), options, 'same shuffle');
    assert.equal(await frame.locator('.verdict').first().isVisible(), true, 'the checked answer shows');
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('suspend data the app did not write starts afresh with a notice, and is replaced', async () => {
    const quiz = key.find((q) => q.id === QUIZ);
    const { page, frame, context } = await open('quiz', { savedCmi: { suspend_data: 's1|crisis-and-intervention:2;x;{]' } });
    await frame.getByText('returned saved progress this quiz cannot read').waitFor();
    assert.match(await frame.locator('#question-heading').textContent(), /Question 1 of/);
    await answer(frame, quiz, true);
    await page.waitForFunction(() => /^s1\|crisis-and-intervention:2;\d+;/.test(window.API.LMSGetValue('cmi.suspend_data')));
    assert.deepEqual(page.errors, []);
    await context.close();
    const other = await open('quiz', { savedCmi: { suspend_data: 'not ours at all' } });
    await other.frame.getByText('returned saved progress this quiz cannot read').waitFor();
    await other.context.close();
  });

  test('with no API around it, the package is the explainer as anywhere else', async () => {
    const quiz = key.find((q) => q.id === QUIZ);
    const { page, frame, context } = await open('quiz', { api: false });
    await answer(frame, quiz, true);
    await frame.getByRole('button', { name: 'Reset progress' }).waitFor();
    assert.match(await frame.locator('.quiz-progress').textContent(), /1 right out of 1 answered/);
    // The browser keeps the progress, as on the website.
    await page.reload();
    const again = page.frames().find((f) => f !== page.mainFrame());
    await again.locator('#question-heading', { hasText: 'Question 2 of' }).waitFor();
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('the whole-explainer package opens at the start and reports the final quiz', async () => {
    const { page, frame, context } = await open('whole');
    assert.equal(await frame.locator('.accordion-trigger').count() > 0, true, 'the sections');
    assert.equal(await value(page, 'cmi.core.lesson_status'), 'incomplete');
    assert.match(await value(page, 'cmi.suspend_data'), /^s1/);
    // A quiz that is not the final one is kept, but does not make the grade.
    const quiz = key.find((q) => q.id === QUIZ);
    await frame.evaluate((id) => { location.hash = `#quiz=${id}`; }, QUIZ);
    await answer(frame, quiz, true);
    await page.waitForFunction((id) => window.API.LMSGetValue('cmi.suspend_data').includes(`${id}:2;`), QUIZ);
    assert.equal(await value(page, 'cmi.core.score.raw'), '');
    const final = key.find((q) => q.id === 'final');
    await frame.evaluate(() => { location.hash = '#quiz=final'; });
    for (let i = 0; i < final.questions.length; i++) await answer(frame, final, false);
    await page.waitForFunction(() => window.API.LMSGetValue('cmi.core.lesson_status') === 'failed');
    assert.equal(await value(page, 'cmi.core.score.raw'), '0');
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
