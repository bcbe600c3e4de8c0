// Quizzes, answered as a reader would: by the words on screen, by mouse and by keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerByMouse, answerKey, axe, currentQuestion, useApp } from './helpers.mjs';

const app = useApp();
const key = answerKey();
const quizById = (id) => key.find((q) => q.id === id);
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
      await page.locator('legend.prompt').click(); // back to the top of the question
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
          await page.locator('legend.prompt').click();
          await pressTabUntil(page, (n) => document.activeElement?.getAttribute('aria-label') === n, name);
        }
        await page.keyboard.press('Enter');
      }
    }
  }
  if (q.type === 'map') {
    await page.locator('legend.prompt').click();
    await pressTabUntil(page, (n) => document.activeElement?.getAttribute('aria-label') === n, q.answer.name);
    await page.keyboard.press('Enter');
  }
  // Submit from inside the form, as Enter in a form field does.
  await page.locator('legend.prompt').click();
  await pressTabUntil(page, () => document.activeElement?.textContent === 'Check answer');
  await page.keyboard.press('Enter');
}

describe('quizzes', () => {
  test('the quiz list shows every quiz, and the bank has at least 45 questions', async () => {
    const page = await app.open('#view=quiz');
    assert.equal(await page.locator('.quiz-card').count(), key.length);
    const questions = new Set(key.flatMap((q) => q.questions.map((x) => x.id)));
    assert.ok(questions.size >= 45, `${questions.size} questions`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a whole quiz by mouse: every answer checked, locked, explained, then a full score', async () => {
    const quiz = quizById('crisis-and-intervention');
    const page = await app.open(`#quiz=${quiz.id}`);
    for (let i = 1; i <= quiz.questions.length; i++) {
      assert.equal(await page.locator('#question-heading').textContent(), `Question ${i} of ${quiz.questions.length}`);
      const q = await currentQuestion(page, quiz);
      await answerByMouse(page, q);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.locator('.feedback').waitFor();
      assert.match(await page.locator('.verdict').textContent(), /Correct\./, q.id);
      assert.match(await page.locator('main').getByRole('status').textContent(), /^Correct\. Why: /);
      assert.equal(await page.locator('.feedback a[href^="#section="]').getAttribute('href'), `#section=${q.section}`);
      assert.equal(await page.getByRole('button', { name: 'Check answer' }).count(), 0, 'locked after checking');
      if (q.type !== 'order') assert.equal(await page.locator('fieldset input:not([disabled])').count(), 0);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'question-next');
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    assert.equal(
      await page.locator('.results-score').textContent(),
      `You got ${quiz.questions.length} of ${quiz.questions.length} right.`,
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a whole quiz by keyboard only', async () => {
    const quiz = quizById('minusma');
    const page = await app.open(`#quiz=${quiz.id}&q=1`);
    for (let i = 1; i <= quiz.questions.length; i++) {
      // Wait for question i to be on screen and focused before typing into it.
      await page.waitForFunction((n) => {
        const h = document.getElementById('question-heading');
        return h && h.textContent.startsWith(`Question ${n} of`) && (n === 1 || document.activeElement === h);
      }, i);
      const q = await currentQuestion(page, quiz);
      await answerByKeyboard(page, q);
      await page.locator('.feedback').waitFor();
      assert.match(await page.locator('.verdict').textContent(), /Correct\./, q.id);
      await page.waitForFunction(() => document.activeElement?.id === 'question-next');
      await page.keyboard.press('Enter'); // focus is on "Next question"
    }
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'question-heading');
    assert.match(await page.locator('.results-score').textContent(), new RegExp(`${quiz.questions.length} of`));
    await page.context().close();
  });

  test('wrong answers get feedback, the results say what to re-read, and retrying the missed keeps the rest', async () => {
    const quiz = quizById('challenges');
    const page = await app.open(`#quiz=${quiz.id}`);
    for (let i = 0; i < quiz.questions.length; i++) {
      const q = await currentQuestion(page, quiz);
      const right = i !== 0; // the first one wrong
      await answerByMouse(page, q, right);
      await page.getByRole('button', { name: 'Check answer' }).click();
      if (!right) {
        assert.match(await page.locator('.verdict').textContent(), /Not quite\./);
        if (q.type !== 'true-false' && q.type !== 'order') assert.match(await page.locator('.choice-feedback.wrong').first().textContent(), /Your choice, wrong:/);
        assert.equal(await axe(page).then((v) => v.join('\n')), '', 'axe with wrong-answer feedback showing');
      }
      await page.locator('#question-next').click();
    }
    assert.equal(await page.locator('.results-score').textContent(), `You got ${quiz.questions.length - 1} of ${quiz.questions.length} right.`);
    const revisit = page.locator('h3:has-text("Worth re-reading") + ul a');
    assert.equal(await revisit.count(), 1);
    assert.equal(await revisit.getAttribute('href'), `#section=${quiz.questions[0].section}`);
    await page.getByRole('button', { name: 'Retry the missed questions' }).click();
    assert.equal(await page.locator('#question-heading').textContent(), `Question 1 of ${quiz.questions.length}`);
    assert.equal(await page.locator('.quiz-progress').textContent(), `Score: ${quiz.questions.length - 1} of ${quiz.questions.length - 1} answered`);
    assert.equal(await page.getByRole('button', { name: 'Check answer' }).count(), 1);
    await page.context().close();
  });

  test('progress survives a reload; reset clears it', async () => {
    const quiz = quizById('end-and-after');
    const page = await app.open(`#quiz=${quiz.id}`);
    for (let i = 0; i < 2; i++) {
      await answerByMouse(page, await currentQuestion(page, quiz));
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.locator('#question-next').click();
    }
    await page.reload();
    await page.locator('#view-heading').waitFor();
    assert.equal(await page.locator('.quiz-progress').textContent(), 'Score: 2 of 2 answered');
    await page.goto(`${app.server.url}#quiz=${quiz.id}&q=1`);
    await page.locator('.feedback').waitFor();
    assert.match(await page.locator('.verdict').textContent(), /Correct\./);
    await page.goto(`${app.server.url}#view=quiz`);
    assert.match(await page.locator('.quiz-card', { hasText: quiz.title }).textContent(), new RegExp(`2 of ${quiz.questions.length} answered`));
    await page.goto(`${app.server.url}#quiz=${quiz.id}`);
    await page.getByRole('button', { name: 'Reset progress' }).click();
    assert.equal(await page.locator('.quiz-progress').textContent(), 'Score: 0 of 0 answered');
    await page.reload();
    await page.locator('#view-heading').waitFor();
    assert.equal(await page.locator('.quiz-progress').textContent(), 'Score: 0 of 0 answered');
    await page.context().close();
  });

  test('blocked storage and corrupt saved data never break the quiz', async () => {
    const quiz = quizById('politics-and-partners');
    const blocked = `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`;
    const corrupt = `localStorage.setItem('sahel-explainer.quiz.${quiz.id}', '1;oops;{not:valid}'); localStorage.setItem('sahel-explainer.lang', '\\u0000');`;
    for (const initScript of [blocked, corrupt]) {
      const page = await app.open(`#quiz=${quiz.id}`, {}, { initScript });
      await answerByMouse(page, await currentQuestion(page, quiz));
      await page.getByRole('button', { name: 'Check answer' }).click();
      assert.match(await page.locator('.verdict').textContent(), /Correct\./);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  test('a link names one question; options are shuffled per attempt', async () => {
    const quiz = quizById('crisis-and-intervention');
    const page = await app.open(`#quiz=${quiz.id}&q=3`);
    assert.equal(await page.locator('#question-heading').textContent(), `Question 3 of ${quiz.questions.length}`);
    await page.goto(`${app.server.url}#quiz=${quiz.id}&q=1`);
    const orders = new Set();
    for (let i = 0; i < 6; i++) {
      orders.add((await page.locator('.choice label').allTextContents()).join('|'));
      await page.getByRole('button', { name: 'Retry the whole quiz' }).click();
    }
    assert.ok(orders.size > 1, 'the option order changes between attempts');
    await page.context().close();
  });

  test('questions reflow at 360 px: an order question and a map question, checked', async () => {
    const page = await app.open('#view=quiz', { viewport: { width: 360, height: 740 } });
    for (const id of ['crisis-and-intervention', 'minusma']) {
      const quiz = quizById(id);
      for (const type of ['order', 'map']) {
        const n = quiz.questions.findIndex((x) => x.type === type) + 1;
        if (n === 0) continue;
        await page.goto(`${app.server.url}#quiz=${id}&q=${n}`);
        const q = await currentQuestion(page, quiz);
        await answerByMouse(page, q);
        await page.getByRole('button', { name: 'Check answer' }).click();
        await page.locator('.feedback').waitFor();
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), `${id} ${type}`);
      }
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('show solutions marks the right answers; axe finds nothing on a quiz with feedback', async () => {
    const quiz = quizById('minusma');
    const page = await app.open(`#quiz=${quiz.id}&q=1`);
    const q = await currentQuestion(page, quiz);
    await page.getByRole('button', { name: 'Show solutions' }).click();
    assert.equal(await page.getByRole('button', { name: 'Show solutions' }).getAttribute('aria-pressed'), 'true');
    assert.match(await page.locator('.solution-note').textContent(), new RegExp(q.type === 'single' ? q.answer.right[0].slice(0, 20).replace(/[()]/g, '.') : 'Right answer'));
    await answerByMouse(page, q);
    await page.getByRole('button', { name: 'Check answer' }).click();
    // The live region is written only with a new message: showing solutions says nothing again.
    const status = page.locator('main').getByRole('status');
    await status.evaluate((el) => {
      window.__writes = 0;
      new MutationObserver((m) => { window.__writes += m.length; }).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Show solutions' }).click();
    await page.getByRole('button', { name: 'Show solutions' }).click();
    assert.equal(await page.evaluate(() => window.__writes), 0);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
});
