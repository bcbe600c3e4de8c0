// The size budgets, checked on every build: what every reader downloads on a first visit, in each
// language, and what the quizzes, the map, the charts, the glossary and the teacher's guide add when first opened (their own code, words and
// styles). Bytes of a given build are deterministic, so this is a test, not a benchmark.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, launch, serve } from './helpers.mjs';
import { BUDGETS, firstLoad, kb, ownShare, total, weigh } from './sizes.mjs';

let browser;
let server;
let sizes;
// Which functions wasm-split put in which part (written by scripts/build-wasm.mjs).
let parts;
before(async () => {
  browser = await launch();
  server = await serve(DIST, '/');
  sizes = await weigh(DIST);
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(DIST, '..', 'target');
  parts = JSON.parse(await readFile(join(targetDir, 'wasm-parts.json'), 'utf8'));
});

/** A split-off view's own share in each language: its wasm part, its part of the text, its styles. */
function inEachLanguage(view, text, styles) {
  assert.ok(parts[view], Object.keys(parts).join(', '));
  return ['en', 'fr'].map((lang) => [lang, ownShare(sizes, parts, view, [], [new RegExp(`^text/${lang}-${text}-`), styles])]);
}
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('size budgets (gzipped)', () => {
  for (const [lang, hash] of [['English', ''], ['French', '#lang=fr']]) {
    test(`a first visit in ${lang} downloads at most ${BUDGETS.firstLoad} KB`, async () => {
      const fetched = await firstLoad(browser, server.url + hash);
      for (const path of fetched) assert.ok(sizes.has(path), `a visit fetched ${path}, which is not in the build`);
      const gz = total(sizes, fetched);
      assert.ok(gz <= BUDGETS.firstLoad * 1024, `${kb(gz)} KB over ${BUDGETS.firstLoad} KB: ${[...fetched].join(', ')}`);
      // The words of the other language and of the views not opened stay out of it.
      const texts = [...fetched].filter((p) => p.startsWith('text/'));
      assert.equal(texts.length, 1, texts.join(', '));
    });
  }

  test(`the quizzes' own code, bank and styles stay within ${BUDGETS.quizzes} KB, the map's within ${BUDGETS.map} KB`, async () => {
    assert.ok(parts.quiz_view && parts.map_view && parts.map_picker, Object.keys(parts).join(', '));
    // The quizzes: their code, the list's words, the words of the largest quiz (each quiz's own
    // questions come with it), and their styles.
    const quizzes = ownShare(sizes, parts, 'quiz_view', [], [/^text\/en-quizzes-/, /^text\/en-quiz-/, /^quiz-.*\.css$/]);
    // Map questions bring the map into a quiz: they count with the map.
    const map = ownShare(sizes, parts, 'map_view', ['map_picker'], [/^text\/en-map-/, /^map-.*\.css$/]);
    assert.ok(quizzes.gz <= BUDGETS.quizzes * 1024, `quizzes: ${kb(quizzes.gz)} KB (wasm ${kb(quizzes.wasm)})`);
    assert.ok(map.gz <= BUDGETS.map * 1024, `map: ${kb(map.gz)} KB (wasm ${kb(map.wasm)})`);
  });

  test(`the teacher's guide's own code, words and styles stay within ${BUDGETS.guide} KB`, async () => {
    // Its words in the larger language (each section's objectives and questions come with the
    // sections' text, which the sections view shares).
    const guide = inEachLanguage('guide_view', 'guide', /^classroom-.*\.css$/)
      .map(([, share]) => share)
      .sort((a, b) => b.gz - a.gz)[0];
    assert.ok(guide.gz <= BUDGETS.guide * 1024, `guide: ${kb(guide.gz)} KB (wasm ${kb(guide.wasm)})`);
  });

  test(`the service worker stays within ${BUDGETS.worker} KB, the code that registers it within ${BUDGETS.offlinePart} KB`, async () => {
    const worker = sizes.get('sw.js');
    assert.ok(worker, 'the build has a service worker');
    assert.ok(worker.gz <= BUDGETS.worker * 1024, `sw.js: ${kb(worker.gz)} KB`);
    const offline = ownShare(sizes, parts, 'offline_worker', [], []);
    assert.ok(offline.gz <= BUDGETS.offlinePart * 1024, `offline part: ${kb(offline.gz)} KB`);
  });

  test(`the charts' own code, words and styles stay within ${BUDGETS.figures} KB in each language`, async () => {
    for (const [lang, figures] of inEachLanguage('figures_view', 'figures', /^figures-.*\.css$/)) {
      assert.ok(figures.others > 0, 'the charts\' words and styles are weighed');
      assert.ok(figures.gz <= BUDGETS.figures * 1024, `figures (${lang}): ${kb(figures.gz)} KB (wasm ${kb(figures.wasm)})`);
    }
  });

  test(`the glossary's own code, words and styles stay within ${BUDGETS.glossary} KB in each language`, async () => {
    for (const [lang, glossary] of inEachLanguage('glossary_view', 'glossary', /^glossary-.*\.css$/)) {
      assert.ok(glossary.others > 0, 'its words and styles are counted');
      assert.ok(glossary.gz <= BUDGETS.glossary * 1024, `glossary (${lang}): ${kb(glossary.gz)} KB (wasm ${kb(glossary.wasm)})`);
    }
  });

  test(`the course platform's (SCORM) runtime, fetched only in a package, stays within ${BUDGETS.lmsPart} KB`, async () => {
    assert.ok(parts.lms_runtime, Object.keys(parts).join(', '));
    const lms = ownShare(sizes, parts, 'lms_runtime', [], []);
    assert.ok(lms.gz <= BUDGETS.lmsPart * 1024, `SCORM runtime: ${kb(lms.gz)} KB`);
  });
});
