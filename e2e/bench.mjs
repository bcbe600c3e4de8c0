// Benchmark (not a test): builds the release bundle, prints each file's size raw and gzipped, and
// the time to first content in headless Chromium against a static HTML page with the same text.
//   node e2e/bench.mjs [--no-build] [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerKey, DIST, launch, serve, started } from './helpers.mjs';
import { BUDGETS, firstLoad, kb as toKb, ownShare, weigh } from './sizes.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
if (!args.includes('--no-build')) {
  execFileSync('trunk', ['build', '--release'], { stdio: 'inherit' });
}

const kb = (n) => toKb(n).padStart(8);
const browser = await launch();
const server = await serve();
const sizes = await weigh(DIST);

const loads = { English: await firstLoad(browser, server.url), French: await firstLoad(browser, `${server.url}#lang=fr`) };

console.log('\nRelease bundle (dist/); E and F mark what a first visit in English or French downloads');
console.log('file'.padEnd(44) + 'raw KB'.padStart(8) + '  gzip KB' + '  E F');
const totals = Object.fromEntries(Object.keys(loads).map((l) => [l, { raw: 0, gz: 0 }]));
for (const [path, size] of sizes) {
  const marks = Object.entries(loads).map(([lang, set]) => {
    if (!set.has(path)) return ' ';
    totals[lang].raw += size.raw;
    totals[lang].gz += size.gz;
    return lang[0];
  });
  const name = path.replace(/-[0-9a-f]{16}(?=[._])/, '-…');
  console.log(name.padEnd(44) + kb(size.raw) + '  ' + kb(size.gz) + '  ' + marks.join(' '));
}
for (const [lang, t] of Object.entries(totals)) {
  console.log(`first load in ${lang}, total`.padEnd(44) + kb(t.raw) + '  ' + kb(t.gz) + `  (budget ${BUDGETS.firstLoad})`);
}

// What opening another view (or the share dialog) then adds to a first visit in English: its part
// of the wasm, parts it shares with other views, its words and its styles. `steps` run in order;
// only what the last one fetches is counted (the others are the way there).
async function opening(label, ...steps) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const before = new Set();
  const added = new Set();
  page.on('request', (r) => {
    const path = decodeURIComponent(new URL(r.url()).pathname).slice(1);
    if (!before.has(path)) added.add(path);
  });
  await page.goto(server.url);
  await started(page);
  for (const [act, ready] of steps) {
    await page.waitForLoadState('networkidle');
    for (const path of added) before.add(path);
    added.clear();
    await act(page);
    // Each view shows its `ready` element only once its code, words and styles are all here.
    await page.locator(ready).first().waitFor();
  }
  // Let what the last step started arrive (not `networkidle`: the share dialog's preview frame
  // keeps a connection open).
  await page.waitForTimeout(1500);
  await context.close();
  const kinds = { wasm: 0, text: 0, css: 0, other: 0 };
  for (const path of added) {
    const kind = /\.wasm$/.test(path) ? 'wasm' : path.startsWith('text/') ? 'text' : /\.css$/.test(path) ? 'css' : 'other';
    kinds[kind] += sizes.get(path)?.gz ?? 0;
  }
  const gz = Object.values(kinds).reduce((a, b) => a + b, 0);
  const parts = Object.entries(kinds).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${toKb(n)}`);
  console.log(label.padEnd(44) + kb(gz) + `  (${added.size} files: ${parts.join(', ')})`);
}
console.log('\nOpening, after a first visit in English'.padEnd(45) + 'gzip KB');
const nav = (name) => (page) => page.getByRole('link', { name, exact: true }).click();
const to = (hash, ready) => [(page) => page.evaluate((h) => { location.hash = h; }, hash), ready];
// A quiz whose first question is not on the map and a later one is.
const withMap = answerKey().find((q) => q.questions[0].type !== 'map' && q.questions.some((x) => x.type === 'map'));
const mapN = withMap.questions.findIndex((x) => x.type === 'map') + 1;
await opening('a section', [(page) => page.locator('.accordion-trigger').first().click(), '.section-body']);
await opening('the timeline', [nav('Timeline'), '.timeline-event']);
await opening('the map', [nav('Map'), '.sahel-map a']);
await opening('  then selecting a country', [nav('Map'), '.sahel-map a'], to('view=map&select=mli', '.map-events'));
await opening('the quizzes', [nav('Quizzes'), '.quiz-card']);
await opening('  then a question', [nav('Quizzes'), '.quiz-card'], to(`quiz=${withMap.id}&q=1`, 'legend.prompt'));
await opening('  then a map question', [nav('Quizzes'), '.quiz-card'], to(`quiz=${withMap.id}&q=1`, 'legend.prompt'), to(`quiz=${withMap.id}&q=${mapN}`, '.map-places a'));
await opening('the glossary', [nav('Glossary'), '.glossary-entry']);
await opening('the share dialog', [(page) => page.getByRole('button', { name: 'Share or embed' }).click(), 'dialog[open]']);
await opening("the teacher's guide", to('view=guide', '.guide-activity'));
await opening('the citation dialog', [(page) => page.locator('.site-footer').getByRole('button', { name: 'Cite this' }).click(), 'dialog[open] .cite-text']);

// What each view's own code, words and styles come to (e2e/sizes.mjs): the same figures the size
// budget test checks.
const targetDir = process.env.CARGO_TARGET_DIR ?? join(DIST, '..', 'target');
const parts = JSON.parse(await readFile(join(targetDir, 'wasm-parts.json'), 'utf8'));
function own(label, part, withParts, extra, budget) {
  const share = ownShare(sizes, parts, part, withParts, extra);
  console.log(label.padEnd(44) + kb(share.gz) + `  (wasm ${toKb(share.wasm)} in ${share.files} files, words and styles ${toKb(share.others)}; budget ${budget})`);
}
console.log("\nEach view's own code, words and styles".padEnd(45) + 'gzip KB');
own('the quizzes (engine, list, the largest quiz)', 'quiz_view', [], [/^text\/en-quizzes-/, /^text\/en-quiz-/, /^quiz-.*\.css$/], BUDGETS.quizzes);
own('the map (view, panels, data, map questions)', 'map_view', ['map_picker'], [/^text\/en-map-/, /^map-.*\.css$/], BUDGETS.map);
own('the glossary (view, terms, styles)', 'glossary_view', [], [/^text\/en-glossary-/, /^glossary-.*\.css$/], BUDGETS.glossary);
own("the teacher's guide (view, activities, paths)", 'guide_view', [], [/^text\/fr-guide-/, /^classroom-.*\.css$/], BUDGETS.guide);

// First content: the moment the first section heading exists in the document, seen by a
// MutationObserver installed before any of the page's own code runs. The release build has it in
// the HTML (scripts/prerender.mjs), so the app's own start is timed too: when its live view has
// replaced the pre-rendered one (which carries #first-view-note) and its buttons answer.
const probe = `
  new MutationObserver((_, obs) => {
    if (window.__firstContent === undefined && document.querySelector('.accordion-trigger')) {
      window.__firstContent = performance.now();
    }
    if (document.querySelector('.accordion-trigger') && !document.getElementById('first-view-note')) {
      window.__appStarted = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

// The static twin: the app's own rendered markup and styles, with no script at all.
const staticDir = await mkdtemp(join(tmpdir(), 'sahel-static-'));
await cp(DIST, staticDir, { recursive: true });
{
  const page = await browser.newPage();
  await page.goto(server.url);
  await started(page);
  const body = await page.evaluate(() => {
    for (const el of document.body.querySelectorAll('script, template')) el.remove();
    return document.body.innerHTML;
  });
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  const head = index.slice(0, index.indexOf('<body')).replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '').replace(/<link rel="preload"[^>]*>/g, '');
  await writeFile(join(staticDir, 'index.html'), `${head}<body>${body}</body></html>`);
  await page.close();
}
const staticServer = await serve(staticDir);

async function firstContent(url, cpuSlowdown) {
  const times = [];
  const starts = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(probe);
    await page.goto(url);
    await page.waitForFunction(() => window.__appStarted !== undefined);
    times.push(await page.evaluate(() => window.__firstContent));
    starts.push(await page.evaluate(() => window.__appStarted));
    await context.close();
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { content: median(times), started: median(starts) };
}

console.log(`\nTime to first content (median of ${runs} cold loads, ms; loopback server)`);
console.log('CPU'.padEnd(16) + 'static HTML'.padStart(12) + 'explainer'.padStart(12) + 'ratio'.padStart(8) + 'app started'.padStart(14));
for (const rate of [1, 4]) {
  const s = await firstContent(staticServer.url, rate);
  const a = await firstContent(server.url, rate);
  const label = rate === 1 ? 'this machine' : `${rate}x slower`;
  console.log(
    label.padEnd(16) + s.content.toFixed(0).padStart(12) + a.content.toFixed(0).padStart(12) +
      (a.content / s.content).toFixed(2).padStart(8) + a.started.toFixed(0).padStart(14),
  );
}
await browser.close();
await server.close();
await staticServer.close();
