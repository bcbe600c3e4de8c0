// What a student does, written once and run in every engine (smoke.test.mjs). Each scenario gets
// a Reader (reader.mjs) with a fresh page; after it, the runner checks that the page's probe saw
// no error and no Content-Security-Policy violation (every page here is served under the strict
// policy). Things are found as a reader finds them: by role and name, visible text, the address.
//
// To come (issue 19): offline mode (a scenario that loads once, goes offline through the
// adapter and reloads) and SCORM packages (one that opens a package's launch page); add them
// to this list, and any verb they need (say, `offline()`) to every adapter in engines.mjs.
import assert from 'node:assert/strict';
import { PHONE, TABLET } from './reader.mjs';
import { CSP } from './site.mjs';

const near = (a, b, within) => Math.abs(a - b) <= within;

/** Toggles a section open by its heading button and closed again, as on the start view. `name`
 * must match the section's title only: its body marks glossary terms as buttons too. */
async function toggleSection(r, name) {
  const button = { role: 'button', name };
  await r.click(button);
  // The sections' text comes with the first one opened: "Loading…" first, then the text.
  const open = await r.waitFor(button, 'is expanded with its text shown', (s) => s.expanded === 'true' && s.controls?.shown && s.controls.text.length > 200);
  assert.ok(open.controls.text.length > 200, `the section shows its text: ${open.controls.text}`);
  await r.untilHash('names the open section', (h) => h.startsWith('#section='));
  await r.click(button);
  await r.waitFor(button, 'is collapsed', (s) => s.expanded === 'false' && !s.controls.shown);
  return open;
}

/** The question of `quiz` (from the answer key) whose prompt is on screen. */
async function questionOnScreen(r, quiz) {
  const prompts = await r.names({ role: 'group' });
  const q = quiz.questions.find((x) => prompts.includes(x.prompt));
  assert.ok(q, `no question of ${quiz.id} on screen; groups: ${JSON.stringify(prompts)}`);
  return q;
}

const checkAnswer = async (r) => {
  await r.click({ role: 'button', name: 'Check answer' });
  await r.until('the verdict is announced', 'names', [{ role: 'status' }], (all) => all.some((t) => /^Correct\./.test(t)));
};

/** The items of the ordering question on screen, top to bottom, from their "Move up" buttons. */
const orderOnScreen = async (r) => (await r.names({ role: 'button', name: /^Move up: / })).map((n) => n.replace('Move up: ', ''));

export const scenarios = [
  {
    name: 'the app starts: a section opens and closes',
    run: async (r) => {
      await r.open();
      await r.find({ role: 'heading', name: 'The story, section by section' });
      await toggleSection(r, /^AFISMA: /);
      await r.untilHash('is empty again', (h) => h === '');
    },
  },
  {
    name: 'a deep link opens its section, scrolled into view',
    run: async (r) => {
      await r.open('#section=threats');
      // The contents list, first on the page, names the section the address points to.
      const [name] = await r.until('the contents link to the section', 'names', [{ role: 'link', href: '#section=threats' }], (n) => n.length);
      await r.waitFor({ role: 'button', name }, 'is expanded', (s) => s.expanded === 'true' && s.controls?.shown);
      const { height } = await r.ask('viewport');
      await r.waitFor({ role: 'button', name }, 'is scrolled to the top of the window', (s) => s.rect.top >= 0 && s.rect.top < height / 3);
      assert.ok((await r.ask('scrollY')) > 0);
    },
  },
  {
    name: 'a timeline filter hides events, is kept in the address, and each count follows its name',
    run: async (r) => {
      // Two columns of filters at their narrowest: long actor names wrap in every engine.
      await r.open('#view=timeline', TABLET);
      const parse = (all) => all.map((t) => t.match(/^Showing (\d+) of (\d+) events(?:: .*)?$/)).filter(Boolean).map((m) => [+m[1], +m[2]])[0];
      const showing = (what, ok) =>
        r.until(`the status says ${what}`, 'names', [{ role: 'status' }], (all) => parse(all) && ok(...parse(all))).then(parse);
      const [, total] = await showing('every event is shown', (shown, of) => shown === of);
      const un = { role: 'checkbox', name: /^United Nations/ };
      await r.click(un);
      await r.waitFor(un, 'is unticked', (s) => s.checked === false);
      const [now] = await showing('fewer are shown', (shown) => shown < total);
      assert.ok(now > 0);
      await r.untilHash('lists the other actors', (h) => /^#view=timeline&actors=(?!.*\bun\b)[a-z-]+(,[a-z-]+)+$/.test(h));
      // Each count follows the last word of its actor's name, wrapped or not: on the same line, or
      // (when it does not fit there) at the start of the next one, under the name.
      const labels = await r.ask('labelCounts', { role: 'checkbox', name: /\(\d+\)$/ });
      assert.equal(labels.length, 6, 'six actors');
      const lines = (boxes) => new Set(boxes.map((b) => Math.round(b.top))).size;
      assert.ok(labels.some((l) => lines(l.words) > 1), 'some name wraps at this width (else this checks nothing)');
      for (const { name, words, count } of labels) {
        const last = words.at(-1);
        const first = count[0];
        const sameLine = near(first.top, last.top, 2) && first.left - last.right >= 0 && first.left - last.right < 12;
        const nextLine = first.top >= last.bottom && first.top - last.top < 2 * last.height && near(first.left, words[0].left, 2);
        assert.ok(sameLine || nextLine, `${name}: count at ${JSON.stringify(first)}, name ends at ${JSON.stringify(last)}`);
      }
    },
  },
  {
    name: 'the map opens on a selection, and a click on a country selects it',
    run: async (r) => {
      await r.open('#view=map&select=gao');
      await r.find({ role: 'heading', name: 'Gao' });
      await r.click({ role: 'link', name: 'Chad' });
      await r.find({ role: 'heading', name: 'Chad' });
      await r.untilHash('selects Chad', (h) => /[#&]select=tcd(&|$)/.test(h));
      assert.ok((await r.names({ role: 'status' })).includes('Selected: Chad'));
    },
  },
  {
    name: 'a quiz question is answered and checked',
    run: async (r, { key }) => {
      const quiz = key[0];
      const index = quiz.questions.findIndex((q) => q.type === 'single');
      await r.open(`#quiz=${quiz.id}&q=${index + 1}`);
      const q = await questionOnScreen(r, quiz);
      assert.equal(q, quiz.questions[index]);
      await r.click({ role: 'radio', name: q.answer.right[0] });
      await r.waitFor({ role: 'radio', name: q.answer.right[0] }, 'is chosen', (s) => s.checked);
      await checkAnswer(r);
      await r.find({ role: 'link', href: `#section=${q.section}` });
    },
  },
  {
    name: 'an ordering question is put in order and checked; each number stands by its first line',
    run: async (r, { key }) => {
      const quiz = key.find((x) => x.questions.some((q) => q.type === 'order'));
      const index = quiz.questions.findIndex((q) => q.type === 'order');
      // A phone, where the items' text wraps.
      await r.open(`#quiz=${quiz.id}&q=${index + 1}`, PHONE);
      const q = await questionOnScreen(r, quiz);
      assert.equal(q.type, 'order');
      const want = q.answer;
      assert.deepEqual([...(await orderOnScreen(r))].sort(), [...want].sort());
      for (let pos = 0; pos < want.length; pos++) {
        for (let moves = 0; (await orderOnScreen(r)).indexOf(want[pos]) > pos; moves++) {
          assert.ok(moves < want.length, 'moving up brings the item up');
          const before = await orderOnScreen(r);
          await r.click({ role: 'button', name: `Move up: ${want[pos]}` });
          await r.until('the item moves up', 'names', [{ role: 'button', name: /^Move up: / }], (n) => n.join() !== before.map((t) => `Move up: ${t}`).join());
        }
      }
      assert.deepEqual(await orderOnScreen(r), want);
      await checkAnswer(r);
      const items = await r.ask('listItemLines', { role: 'button', name: /^Move up: / });
      assert.equal(items.length, want.length);
      assert.ok(items.some((i) => i.textLines > 1), 'some item wraps at this width (else this checks nothing)');
      for (const { name, number, text } of items) {
        const middle = (number.top + number.bottom) / 2;
        assert.ok(middle > text.top && middle < text.bottom, `${name}: number at ${number.top}–${number.bottom}, first line at ${text.top}–${text.bottom}`);
      }
    },
  },
  {
    name: 'French: the language switch turns the page into French',
    run: async (r) => {
      await r.open('#section=afisma');
      await r.click({ role: 'link', name: 'Français' });
      await r.until('the page is in French', 'lang', [], (lang) => lang === 'fr');
      await r.find({ role: 'heading', name: 'L’histoire, chapitre par chapitre' });
      await r.waitFor({ role: 'button', name: /^La MISMA/ }, 'stays open', (s) => s.expanded === 'true' && s.controls?.shown);
      await r.untilHash('keeps the section and adds the language', (h) => /section=afisma/.test(h) && /lang=fr/.test(h));
      await r.click({ role: 'link', name: 'English' });
      await r.until('the page is in English again', 'lang', [], (lang) => lang === 'en');
    },
  },
  {
    name: 'the strict Content-Security-Policy is sent and enforced',
    run: async (r, { site }) => {
      // Without this, a policy lost on the way would let every other scenario pass for nothing.
      const response = await fetch(site.url);
      assert.equal(response.headers.get('content-security-policy'), CSP);
      await r.open();
      assert.equal(await r.ask('injectInlineScript'), false, 'an inline script must not run');
      await r.until('the violation is reported', 'problems', [], (p) => p.some((x) => /^CSP violation: script-src/.test(x)));
      const problems = await r.takeProblems();
      assert.ok(problems.length > 0 && problems.every((p) => /inline|Content.Security.Policy|CSP/i.test(p)), problems.join('\n'));
    },
  },
  {
    name: 'the single file opens from disk: a section, then the map from its own parts',
    run: async (r, { site }) => {
      await r.open(site.file);
      await toggleSection(r, /^AFISMA: /);
      await r.click({ role: 'link', name: 'Map' });
      await r.find({ role: 'link', name: 'Mali' });
      assert.ok((await r.ask('location')).startsWith('file:'));
    },
  },
];
