// Quizzes, answered as a reader would: by the words on screen, by mouse and by keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerByMouse, answerKey, axe, currentQuestion, started, useApp } from './helpers.mjs';

const app = useApp();
const key = answerKey();
const quizById = (id) => key.find((q) => q.id === id);
const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

async function pressTabUntil(page, predicate, arg) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error('focus never reached the target by Tab');
}

/** Answers with the keyboard only: Tab, arrows, Space and Enter. */
async function answerByKeyboard(page, q) {
  // Start from the question's heading, where the app puts focus when it shows a question.
  await page.locator('#question-heading').focus();
  const focusedLabel = () => {
    const el = document.activeElement;
    return el && el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent.trim() : null;
  };
  if (q.type === 'single' || q.type === 'true-false') {
    const want = q.type === 'single' ? q.answer.right[0] : q.answer ? 'True' : 'False';
    await pressTabUntil(page, () => document.activeElement?.type === 'radio');
    // Arrow keys move through a radio group and select as they go.
    for (let i = 0; i < 6 && (await page.evaluate(focusedLabel)) !== want; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(focusedLabel), want);
    await page.keyboard.press('Space'); // selects it if the arrows did not need to move
  }
  if (q.type === 'multiple') {
    for (const want of q.answer.right) {
      await page.locator('#question-heading').focus();
      await pressTabUntil(page, (w) => {
        const el = document.activeElement;
        return el?.type === 'checkbox' && document.querySelector(`label[for="${el.id}"]`)?.textContent.trim() === w;
      }, want);
      await page.keyboard.press('Space');
    }
  }
  if (q.type === 'order') {
    for (let pos = 0; pos < q.answer.length; pos++) {
      const name = `Move up: ${q.answer[pos]}`;
      for (;;) {
        const texts = await page.locator('.order-text').allTextContents();
        if (texts.indexOf(q.answer[pos]) === pos) break;
        if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== name) {
          await page.locator('#question-heading').focus();
          await pressTabUntil(page, (n) => document.activeElement?.getAttribute('aria-label') === n, name);
        }
        await page.keyboard.press('Enter');
      }
    }
  }
  if (q.type === 'map') {
    await page.locator('#question-heading').focus();
    await pressTabUntil(page, (n) => document.activeElement?.getAttribute('aria-label') === n, q.answer.name);
    await page.keyboard.press('Enter');
  }
  await page.locator('#question-heading').focus();
  await pressTabUntil(page, () => document.activeElement?.textContent === 'Check answer');
  await page.keyboard.press('Enter');
}

/** Answers every question of `quiz` on screen from where it is, right except those in `wrong`. */
async function answerAll(page, quiz, wrong = new Set()) {
  for (let i = 0; i < quiz.questions.length; i++) {
    const q = await currentQuestion(page, quiz);
    await answerByMouse(page, q, !wrong.has(q.id));
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.locator('.feedback').waitFor();
    await page.locator('#question-next').click();
  }
  await page.getByRole('heading', { name: 'Your results' }).waitFor();
}

describe('quizzes', () => {
  test('the quiz list shows every quiz, says answers stay in this browser, and the bank has at least 70 questions', async () => {
    const page = await app.open('#view=quiz');
    assert.equal(await page.locator('.quiz-card').count(), key.length);
    const questions = new Set(key.flatMap((q) => q.questions.map((x) => x.id)));
    assert.ok(questions.size >= 70, `${questions.size} questions`);
    assert.match(await page.locator('.intro').textContent(), /kept in this browser only/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('opening a quiz from the list, by Enter or by click, puts focus on its heading', async () => {
    const page = await app.open('#view=quiz');
    const quiz = key[1];
    await page.getByRole('link', { name: quiz.title }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'view-heading');
    assert.equal(await page.locator('#view-heading').textContent(), quiz.title);
    await page.getByRole('link', { name: 'All quizzes' }).click();
    await page.getByRole('link', { name: key[2].title }).click();
    await page.waitForFunction((t) => document.activeElement?.id === 'view-heading' && document.activeElement.textContent === t, key[2].title);
    await page.context().close();
  });

  test('a whole quiz by mouse: every answer checked, locked, explained, then a plain score', async () => {
    const quiz = quizById('crisis-and-intervention');
    const page = await app.open(`#quiz=${quiz.id}`);
    assert.equal(await page.locator('.quiz-progress').textContent(), 'No answers yet.');
    for (let i = 1; i <= quiz.questions.length; i++) {
      assert.equal(await page.locator('#question-heading').textContent(), `Question ${i} of ${quiz.questions.length}`);
      const q = await currentQuestion(page, quiz);
      await answerByMouse(page, q);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.locator('.feedback').waitFor();
      assert.match(await page.locator('.verdict').textContent(), /Correct\./, q.id);
      assert.match(await page.locator('main').getByRole('status').last().textContent(), /^Correct\. Why: /);
      assert.equal(await page.locator('.feedback a[href^="#section="]').getAttribute('href'), `#section=${q.section}`);
      assert.equal(await page.getByRole('button', { name: 'Check answer' }).count(), 0, 'locked after checking');
      if (q.type !== 'order') assert.equal(await page.locator('fieldset input:not([disabled])').count(), 0);
      // Focus went straight from "Check answer" to "Next": never to the page itself.
      assert.equal(await focused(page), 'question-next');
      assert.equal(await page.locator('.quiz-progress').textContent(), i === quiz.questions.length ? `Score: ${i} right out of ${i}.` : `Score: ${i} right out of ${i} answered.`);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    const n = quiz.questions.length;
    assert.equal(await page.locator('.results-score').textContent(), `Score: ${n} right out of ${n}.`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a whole quiz by keyboard only', async () => {
    const quiz = quizById('minusma');
    const page = await app.open(`#quiz=${quiz.id}&q=1`);
    for (let i = 1; i <= quiz.questions.length; i++) {
      await page.waitForFunction((n) => {
        const h = document.getElementById('question-heading');
        return h && h.textContent.startsWith(`Question ${n} of`) && (n === 1 || document.activeElement === h);
      }, i);
      const q = await currentQuestion(page, quiz);
      await answerByKeyboard(page, q);
      await page.locator('.feedback').waitFor();
      assert.match(await page.locator('.verdict').textContent(), /Correct\./, q.id);
      await page.waitForFunction(() => document.activeElement?.id === 'question-next');
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    assert.equal(await focused(page), 'question-heading');
    await page.context().close();
  });

  test('a wrong answer shows the right option too; results say what to re-read and which kinds were missed', async () => {
    const quiz = quizById('challenges');
    const page = await app.open(`#quiz=${quiz.id}`);
    const single = quiz.questions.find((x) => x.type === 'single');
    for (let i = 0; i < quiz.questions.length; i++) {
      const q = await currentQuestion(page, quiz);
      const right = q.id !== single.id;
      await answerByMouse(page, q, right);
      await page.getByRole('button', { name: 'Check answer' }).click();
      if (!right) {
        assert.match(await page.locator('.verdict').textContent(), /Not quite\./);
        assert.match(await page.locator('.choice-feedback.wrong').textContent(), /Your choice, wrong:/);
        const solution = page.locator('.choice-feedback.solution');
        assert.match(await solution.textContent(), /Right answer/);
        // …beside the right option, with that option's own feedback.
        assert.equal(await solution.locator('xpath=..').locator('label').textContent(), single.answer.right[0]);
        assert.deepEqual(await axe(page), [], 'axe with wrong-answer feedback showing');
      }
      await page.locator('#question-next').click();
    }
    const n = quiz.questions.length;
    assert.equal(await page.locator('.results-score').textContent(), `Score: ${n - 1} right out of ${n}.`);
    const revisit = page.locator('h3:has-text("Worth re-reading") + ul a');
    assert.equal(await revisit.count(), 1);
    assert.equal(await revisit.getAttribute('href'), `#section=${single.section}`);
    assert.equal(await page.locator('.missed-kinds li').count(), 1);
    await page.context().close();
  });

  test('retrying the missed questions asks only those; a retried answer is practice and the score keeps the first answers', async () => {
    const quiz = quizById('politics-and-partners');
    const wrong = new Set(quiz.questions.filter((x) => x.type === 'single').slice(0, 2).map((x) => x.id));
    const page = await app.open(`#quiz=${quiz.id}`);
    await answerAll(page, quiz, wrong);
    const n = quiz.questions.length;
    const score = `Score: ${n - 2} right out of ${n}.`;
    assert.equal(await page.locator('.results-score').textContent(), score);
    await page.getByRole('button', { name: 'Retry the missed questions' }).click();
    assert.equal(await page.locator('#question-heading').textContent(), 'Missed question 1 of 2');
    for (let i = 1; i <= 2; i++) {
      const q = await currentQuestion(page, quiz);
      assert.ok(wrong.has(q.id), `only missed questions: ${q.id}`);
      await answerByMouse(page, q, true);
      await page.getByRole('button', { name: 'Check answer' }).click();
      assert.match(await page.locator('.verdict').textContent(), /Correct\./);
      assert.match(await page.locator('.practice-note').textContent(), /does not change your score/);
      await page.locator('#question-next').click();
    }
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    assert.equal(await page.locator('.results-score').textContent(), score, 'an answer given after seeing the right one is not scored');
    assert.equal(await page.locator('.quiz-progress').textContent(), score);
    assert.doesNotMatch(await page.locator('main').textContent(), /0 of 0|out of 0/);
    await page.context().close();
  });

  test('solutions are offered only once an attempt is finished', async () => {
    const quiz = quizById('minusma');
    const page = await app.open(`#quiz=${quiz.id}&q=1`);
    assert.equal(await page.getByRole('button', { name: 'Show solutions' }).count(), 0, 'not before answering');
    await answerAll(page, quiz);
    const show = page.getByRole('button', { name: 'Show solutions' });
    await show.click();
    assert.equal(await show.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.results-list .solution-note').count(), quiz.questions.length);
    // The live region speaks only new messages: showing solutions says nothing again.
    const status = page.locator('main').getByRole('status').last();
    await status.evaluate((el) => {
      window.__writes = 0;
      new MutationObserver((m) => { window.__writes += m.length; }).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await show.click();
    await show.click();
    assert.equal(await page.evaluate(() => window.__writes), 0);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  test('progress survives a reload; reset can be undone', async () => {
    const quiz = quizById('end-and-after');
    const page = await app.open(`#quiz=${quiz.id}`);
    for (let i = 0; i < 2; i++) {
      await answerByMouse(page, await currentQuestion(page, quiz));
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.locator('#question-next').click();
    }
    await page.reload();
    await started(page);
    assert.equal(await page.locator('.quiz-progress').textContent(), 'Score: 2 right out of 2 answered.');
    await page.goto(`${app.server.url}#view=quiz`);
    assert.match(await page.locator('.quiz-card', { hasText: quiz.title }).textContent(), new RegExp(`2 of ${quiz.questions.length} answered`));
    await page.goto(`${app.server.url}#quiz=${quiz.id}`);
    await page.getByRole('button', { name: 'Reset progress' }).click();
    assert.equal(await page.locator('.quiz-progress').textContent(), 'No answers yet.');
    await page.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await page.locator('.quiz-progress').textContent(), 'Score: 2 right out of 2 answered.');
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await page.reload();
    await started(page);
    assert.equal(await page.locator('.quiz-progress').textContent(), 'No answers yet.');
    await page.context().close();
  });

  test('where storage is blocked the quiz says answers are not kept, and corrupt saved data never breaks it', async () => {
    const quiz = quizById('politics-and-partners');
    const blocked = `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`;
    const corrupt = `localStorage.setItem('sahel-explainer.quiz.${quiz.id}', '2;oops;{not:valid};;*'); localStorage.setItem('sahel-explainer.lang', '\\u0000');`;
    for (const [initScript, kept] of [[blocked, false], [corrupt, true]]) {
      const page = await app.open(`#quiz=${quiz.id}`, {}, { initScript });
      await answerByMouse(page, await currentQuestion(page, quiz));
      await page.getByRole('button', { name: 'Check answer' }).click();
      assert.match(await page.locator('.verdict').textContent(), /Correct\./);
      assert.equal(await page.locator('.storage-note').count(), kept ? 0 : 1);
      if (!kept) {
        assert.match(await page.locator('.storage-note').textContent(), /does not keep your answers/);
        await page.getByRole('link', { name: 'All quizzes' }).click();
        assert.match(await page.locator('.intro').textContent(), /does not keep your answers/);
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  test('a link names one question; options are shuffled per attempt', async () => {
    const quiz = quizById('crisis-and-intervention');
    const page = await app.open(`#quiz=${quiz.id}&q=3`);
    assert.equal(await page.locator('#question-heading').textContent(), `Question 3 of ${quiz.questions.length}`);
    const n = quiz.questions.findIndex((x) => x.type === 'single') + 1;
    await page.goto(`${app.server.url}#quiz=${quiz.id}&q=${n}`);
    const orders = new Set();
    for (let i = 0; i < 6; i++) {
      await page.locator('.choice label').first().waitFor();
      orders.add((await page.locator('.choice label').allTextContents()).join('|'));
      await page.getByRole('button', { name: 'Retry the whole quiz' }).click();
      await page.goto(`${app.server.url}#quiz=${quiz.id}&q=${n}`);
    }
    assert.ok(orders.size > 1, 'the option order changes between attempts');
    await page.context().close();
  });

  test('ordering: buttons show their words, and a move keeps focus on the moved item, never the page', async () => {
    const quiz = key.find((z) => z.questions.some((x) => x.type === 'order'));
    const n = quiz.questions.findIndex((x) => x.type === 'order') + 1;
    const page = await app.open(`#quiz=${quiz.id}&q=${n}`);
    assert.match(await page.locator('.hint').first().textContent(), /Up and Down buttons/);
    assert.match(await page.locator('.order-buttons button').first().textContent(), /Up/);
    // Record every element that has focus while items move.
    await page.evaluate(() => {
      window.__focus = [];
      document.addEventListener('focusin', () => window.__focus.push(document.activeElement.tagName), true);
      document.addEventListener('focusout', (e) => { if (!e.relatedTarget) window.__focus.push('BODY'); }, true);
    });
    const second = (await page.locator('.order-text').allTextContents())[1];
    const up = page.getByRole('button', { name: `Move up: ${second}` });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.querySelectorAll('.order-text')[0].textContent === t, second);
    // At the top, "up" is disabled: focus is on the item's other button, which carries it now.
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), `Move down: ${second}`);
    assert.ok(!(await page.evaluate(() => window.__focus)).includes('BODY'), 'focus never fell to the page');
    assert.match(await page.locator('main').getByRole('status').last().textContent(), /moved to position 1/);
    await page.context().close();
  });

  test('switching language keeps the picks not yet checked', async () => {
    const quiz = quizById('minusma');
    const n = quiz.questions.findIndex((x) => x.type === 'multiple') + 1;
    const page = await app.open(`#quiz=${quiz.id}&q=${n}`);
    const boxes = page.locator('.choice input');
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await page.locator('html[lang="fr"]').waitFor();
    await page.locator('#question-heading', { hasText: `Question ${n} sur` }).waitFor();
    assert.equal(await page.locator('.choice input:checked').count(), 2);
    assert.equal(await page.locator('.choice input').nth(0).isChecked(), true);
    assert.equal(await page.locator('.choice input').nth(2).isChecked(), true);
    await page.context().close();
  });

  test('a map question: its place is not named on the map, an overlapping marker counts, and after a reload the choice is named', async () => {
    const final = key.flatMap((z) => z.questions.map((q) => ({ z, q }))).find(({ q }) => q.id === 'map-sector-centre');
    assert.ok(final, 'the Sector Centre question exists');
    const n = final.z.questions.findIndex((x) => x.id === 'map-sector-centre') + 1;
    const page = await app.open(`#quiz=${final.z.id}&q=${n}`);
    await page.locator('.map-places a').first().waitFor();
    assert.match(await page.locator('.map-counts').textContent(), /marker/);
    // Mopti (the answer) and Sévaré (accepted) are unnamed on this map; others keep their names.
    const labels = await page.locator('.place-label').allTextContents();
    assert.ok(!labels.includes('Mopti') && !labels.includes('Sévaré'), labels.join(', '));
    assert.ok(labels.includes('Gao'));
    await page.locator('.map-frame a[aria-label="Sévaré"]').evaluate((a) => a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    assert.match(await page.locator('.map-choice').textContent(), /Sévaré/);
    await page.getByRole('button', { name: 'Check answer' }).click();
    assert.match(await page.locator('.verdict').textContent(), /Correct\./);
    // Reloaded, the saved choice and the right answer are named once the map's words arrive.
    await page.reload();
    await started(page);
    await page.locator('.map-choice strong', { hasText: 'Sévaré' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('questions reflow at 360 px: an order question and a map question, checked', async () => {
    const page = await app.open('#view=quiz', { viewport: { width: 360, height: 740 } });
    for (const type of ['order', 'map']) {
      const quiz = key.find((z) => z.questions.some((x) => x.type === type));
      const n = quiz.questions.findIndex((x) => x.type === type) + 1;
      await page.goto(`${app.server.url}#quiz=${quiz.id}&q=${n}`);
      const q = await currentQuestion(page, quiz);
      await answerByMouse(page, q);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.locator('.feedback').waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), `${quiz.id} ${type}`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('printed, a quiz is a worksheet: the question and its options, no buttons', async () => {
    const quiz = quizById('minusma');
    const page = await app.open(`#quiz=${quiz.id}&q=1`);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.worksheet');
    assert.equal(await sheet.isVisible(), true);
    assert.equal(await sheet.locator('.prompt').count(), quiz.questions.length, 'every question, not just the one on screen');
    assert.match(await sheet.textContent(), /☐/);
    assert.equal(await page.getByRole('button', { name: 'Check answer' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Retry the whole quiz' }).count(), 0);
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await sheet.isVisible(), false, 'only on paper');
    await page.context().close();
  });
});
