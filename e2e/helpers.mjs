// Shared by the browser tests and the benchmark: the app's build, served and opened in Chromium.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { launch, serve as serveFolder } from '../scripts/local-web.mjs';

export { launch };

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Serves `root` (by default the release build, dist/); see scripts/local-web.mjs. */
export const serve = (root = DIST, ...options) => serveFolder(root, ...options);

/**
 * Browser and server for one test file, started before its tests and closed after them.
 * `app.open(hash, contextOptions)` gives a fresh page that records errors and any request leaving
 * the origin; it waits until the app has rendered.
 */
export function useApp(base = '/courses/sahel/', serveOptions = {}) {
  const app = {};
  before(async () => {
    app.browser = await launch();
    // A sub-path, as on a school's web space: every link and asset must still resolve.
    app.server = await serve(undefined, base, serveOptions);
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  app.open = async (hash = '', options = {}, { initScript } = {}) => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    if (initScript) await page.addInitScript(initScript);
    page.errors = [];
    page.foreign = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
    const origin = new URL(app.server.url).origin;
    page.requests = [];
    page.on('request', (r) => {
      page.requests.push(r.url());
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) page.foreign.push(r.url());
    });
    await page.goto(app.server.url + hash);
    await started(page);
    return page;
  };
  return app;
}

/**
 * Waits until the app itself runs on `page`. The start view pre-rendered into the page
 * (scripts/prerender.mjs) looks the same from the first paint, but its controls answer only once
 * the app has replaced it, which removes its #first-view-note.
 */
export async function started(page) {
  await page.locator('#view-heading').waitFor();
  await page.locator('#first-view-note').waitFor({ state: 'detached' });
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A/AA and best-practice violations on the page, one line each. */
export async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The quizzes' answers (English), from the content itself: tests answer by the words on screen. */
export function answerKey() {
  return JSON.parse(
    execFileSync('cargo', ['run', '-q', '-p', 'sahel-content', '--bin', 'check-content', '--', 'content', '--answer-key'], {
      encoding: 'utf8',
    }),
  );
}

/** The answer-key entry for the question on screen (`page` may be a frame locator's owner frame). */
export async function currentQuestion(page, quiz) {
  const prompt = (await page.locator('legend.prompt').textContent()).trim();
  const q = quiz.questions.find((x) => x.prompt === prompt);
  if (!q) throw new Error(`question on screen is not in the answer key: ${prompt}`);
  return q;
}

/** Answers the question on screen with the mouse: right, or deliberately wrong. */
export async function answerByMouse(page, q, right = true) {
  const label = (text) => page.locator('.choice label', { hasText: text }).first();
  if (q.type === 'single') await label(right ? q.answer.right[0] : q.answer.wrong[0]).click();
  if (q.type === 'multiple') for (const t of right ? q.answer.right : [q.answer.wrong[0]]) await label(t).click();
  if (q.type === 'true-false') await label(q.answer === right ? 'True' : 'False').click();
  if (q.type === 'map') {
    const target = right ? q.answer.name : 'Dakar';
    const link = page.locator(`.map-frame a[aria-label="${target}"]`);
    // A country's middle can lie under a marker or a neighbour: then activate the link directly.
    await link.click({ timeout: 3000 }).catch(() => link.focus().then(() => page.keyboard.press('Enter')));
  }
  if (q.type === 'order') {
    const target = right ? q.answer : [...q.answer].reverse();
    for (let pos = 0; pos < target.length; pos++) {
      // Move the item that belongs at `pos` up until it is there.
      for (;;) {
        const texts = await page.locator('.order-text').allTextContents();
        if (texts.indexOf(target[pos]) === pos) break;
        await page.getByRole('button', { name: `Move up: ${target[pos]}` }).click();
      }
    }
  }
}
