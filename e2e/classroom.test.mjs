// For the classroom: learning objectives at the top of each section and discussion questions at its
// end, the content's date in the footer, "Cite this" (APA, MLA, Chicago, copied in one click or
// selected when the clipboard is blocked), and the teacher's guide (#view=guide), on screen and on
// paper.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axe, useApp } from './helpers.mjs';

const app = useApp();
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

/** Today as the citations write the date of access: "December 2, 2026". */
const today = (page) =>
  page.evaluate(() => new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' }));

describe('objectives and discussion questions', () => {
  test('a section opens with what students can do and ends with questions, in English and French', async () => {
    const page = await app.open('#section=afisma');
    const panel = page.locator('#panel-afisma');
    await panel.locator('.objectives').waitFor();
    assert.equal(
      await panel.locator('.objectives h3').textContent(),
      'By the end of this section you can:',
    );
    // At the top: before the body, which comes before the questions.
    const order = await panel.evaluate((p) => [...p.querySelectorAll('.objectives, .section-body, .discussion')].map((e) => e.className));
    assert.deepEqual(order, ['objectives', 'section-body', 'discussion']);
    const objectives = await panel.locator('.objectives li').allTextContents();
    assert.ok(objectives.length >= 2 && objectives.length <= 3, objectives.join(' | '));
    assert.match(objectives[0], /^describe who organised AFISMA/);
    const questions = await panel.locator('.discussion li').allTextContents();
    assert.ok(questions.length >= 2 && questions.length <= 4);
    assert.equal(await panel.getByRole('heading', { name: 'Questions for discussion' }).count(), 1);
    await page.context().close();

    const fr = await app.open('#section=afisma&lang=fr');
    const frPanel = fr.locator('#panel-afisma');
    await frPanel.locator('.objectives').waitFor();
    assert.equal(await frPanel.locator('.objectives h3').textContent(), 'À la fin de ce chapitre, vous pouvez\u202F:');
    assert.match((await frPanel.locator('.objectives li').allTextContents())[0], /^décrire qui a organisé la MISMA/);
    assert.equal(await frPanel.getByRole('heading', { name: 'Questions pour la discussion' }).count(), 1);
    assert.deepEqual(fr.errors, []);
    await fr.context().close();
  });

  test('the footer says when the content was checked, from the content, in each language', async () => {
    const page = await app.open('');
    assert.equal((await page.locator('.content-date').textContent()).trim(), 'Content checked as of 1 December 2026.');
    await page.getByRole('link', { name: 'Français' }).click();
    await page.locator('html[lang="fr"]').waitFor();
    assert.equal((await page.locator('.content-date').textContent()).trim(), 'Contenu vérifié au 1er décembre 2026.');
    await page.context().close();
  });
});

describe('cite this', () => {
  test('a section\'s citation links to it, with the content\'s date and today\'s; one click copies it; Escape closes', async () => {
    const page = await app.open('#section=minusma-mandate', clipboard);
    const button = page.locator('#cite-minusma-mandate');
    await button.click();
    const dialog = page.getByRole('dialog', { name: /^Cite this: MINUSMA's mandate/ });
    await dialog.waitFor();
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the dialog');
    const link = page.url();
    assert.match(link, /#section=minusma-mandate$/);
    const texts = await dialog.locator('.cite-text').allTextContents();
    assert.equal(texts.length, 3);
    const accessed = await today(page);
    const [apa, mla, chicago] = texts;
    assert.equal(apa, `MINUSMA's mandate: what the UN mission was asked to do. (2026, December 1). Peacekeeping in Mali and the Sahel. Retrieved ${accessed}, from ${link}`);
    assert.match(mla, /^“MINUSMA's mandate: what the UN mission was asked to do\.” Peacekeeping in Mali and the Sahel, 1 Dec\. 2026, /);
    assert.ok(mla.includes(`${link}. Accessed `), mla);
    assert.ok(chicago.includes(`Last modified December 1, 2026. Accessed ${accessed}. ${link}.`), chicago);
    // The titles of works are in italics on screen.
    assert.equal(await dialog.locator('.cite-text').first().locator('i').textContent(), "MINUSMA's mandate: what the UN mission was asked to do");
    await dialog.getByRole('button', { name: 'Copy MLA 9' }).click();
    await dialog.locator('.share-status', { hasText: 'Copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), mla);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axe(page), [], colorScheme);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cite-minusma-mandate', 'focus returns');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.foreign, []);
    await page.context().close();
  });

  test('the timeline, the map, a quiz and the whole explainer are cited as on screen', async () => {
    const page = await app.open('#view=timeline&actors=un,mali', clipboard);
    const cite = async (name) => {
      await page.getByRole('button', { name: 'Cite this' }).first().click();
      const dialog = page.getByRole('dialog', { name });
      await dialog.waitFor();
      const apa = await dialog.locator('.cite-text').first().textContent();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      return apa;
    };
    let apa = await cite('Cite this: Timeline, 2012–2025');
    assert.ok(apa.endsWith(`from ${page.url()}`), apa);
    assert.match(apa, /#view=timeline&actors=un,mali$/);

    await page.goto(`${app.server.url}#select=gao&year=2019`);
    await page.locator('#map-panel-heading').waitFor();
    apa = await cite('Cite this: The map: where it happened');
    assert.ok(apa.endsWith(`from ${page.url()}`), apa);

    await page.goto(`${app.server.url}#quiz=minusma`);
    await page.locator('.quiz-progress').waitFor();
    const title = (await page.locator('#view-heading').textContent()).trim();
    apa = await cite(`Cite this: ${title}`);
    assert.ok(apa.startsWith(`${title}. (2026, December 1).`), apa);
    assert.ok(apa.endsWith(`from ${page.url()}`), apa);

    // The footer cites the explainer itself: its name first, the start page's address.
    await page.goto(`${app.server.url}#view=timeline`);
    await page.locator('.timeline-event').first().waitFor();
    await page.locator('.site-footer').getByRole('button', { name: 'Cite this' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this: Peacekeeping in Mali and the Sahel' });
    await dialog.waitFor();
    const whole = await dialog.locator('.cite-text').first().textContent();
    assert.ok(whole.startsWith('Peacekeeping in Mali and the Sahel. (2026, December 1). Retrieved '), whole);
    assert.ok(whole.endsWith(`from ${app.server.url}`), whole);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('where the clipboard is blocked, the citation is selected in a read-only field to copy by hand', async () => {
    const page = await app.open('#section=causes', {}, {
      initScript: () => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new DOMException('Blocked', 'NotAllowedError')) },
        });
      },
    });
    await page.locator('#cite-causes').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const chicago = await dialog.locator('.cite-text').nth(2).textContent();
    await dialog.getByRole('button', { name: 'Copy Chicago' }).click();
    await dialog.locator('.share-status', { hasText: 'Copying is blocked here' }).waitFor();
    const field = dialog.getByRole('textbox', { name: 'Chicago' });
    await field.waitFor();
    // Only the style whose copy was blocked shows its field; focus is in it, ready for Ctrl+C.
    assert.equal(await dialog.locator('textarea.cite-field:visible').count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-labelledby')), 'cite-chicago');
    assert.equal(await field.getAttribute('readonly'), '');
    assert.equal(await field.inputValue(), chicago);
    const selected = await field.evaluate((el) => el.selectionStart === 0 && el.selectionEnd === el.value.length);
    assert.ok(selected, 'the whole citation is selected');
    assert.ok(chicago.includes(page.url()), chicago);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  test('in French, the citation is written as French readers write it', async () => {
    const page = await app.open('#section=afisma&lang=fr');
    await page.locator('#cite-afisma').click();
    const dialog = page.getByRole('dialog', { name: /^Citer\s: La MISMA/ });
    await dialog.waitFor();
    const [apa, mla, chicago] = await dialog.locator('.cite-text').allTextContents();
    assert.match(apa, /\. \(2026, 1er décembre\)\. Le maintien de la paix au Mali et au Sahel\. Consulté le .* à l’adresse /);
    assert.ok(apa.endsWith(page.url()), apa);
    assert.match(mla, /^«\u00A0La MISMA.*\u00A0»\. Le maintien de la paix au Mali et au Sahel, 1er déc\. 2026, /);
    assert.match(chicago, /Dernière modification le 1er décembre 2026\. Consulté le /);
    assert.equal(await dialog.getByRole('button', { name: 'Copier APA 7' }).count(), 1);
    await page.context().close();
  });
});

describe("teacher's guide", () => {
  test('#view=guide: every section\'s objectives, questions and quiz, the activities, both lesson paths and the answer key', async () => {
    const page = await app.open('');
    // Linked from the footer, in the reader's language.
    await page.locator('.site-footer').getByRole('link', { name: 'Teacher’s guide' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teacher’s guide' }).waitFor();
    assert.match(page.url(), /#view=guide$/);
    assert.equal(await page.title(), 'Teacher’s guide – Peacekeeping in Mali and the Sahel');
    const sections = page.locator('.guide-section');
    assert.equal(await sections.count(), 18);
    const first = sections.first();
    assert.equal(await first.getByRole('heading', { level: 3 }).textContent(), 'Why 2012? The roots of the crisis');
    assert.ok((await first.locator('ul li').count()) >= 2);
    assert.ok((await first.locator('ol li').count()) >= 2);
    assert.match(await first.locator('.guide-quizzes a').first().getAttribute('href'), /^#quiz=/);
    assert.ok((await page.locator('.guide-activity').count()) >= 5);
    // Each activity sets at least two works side by side, linked.
    for (const activity of await page.locator('.guide-activity').all()) {
      assert.ok((await activity.locator('a.external').count()) >= 2);
    }
    assert.equal(await page.locator('.guide-path').count(), 2);
    assert.equal(await page.getByRole('link', { name: 'Answer key for teachers' }).getAttribute('href'), '#view=quiz&teacher=1');
    // A step that names an activity brings it into view with focus, and the guide stays open.
    await page.locator('.guide-path a[data-activity="asking-the-un-to-leave"]').first().click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'activity-asking-the-un-to-leave');
    assert.match(page.url(), /#view=guide$/);
    // A step's link opens the explainer there.
    await page.locator('.guide-path a[href="#view=timeline"]').first().click();
    await page.locator('.timeline-event').first().waitFor();
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.foreign, []);
    await page.context().close();
  });

  test('the guide passes axe in light and dark mode, and in French', async () => {
    for (const [hash, colorScheme] of [['#view=guide', 'light'], ['#view=guide', 'dark'], ['#view=guide&lang=fr', 'light']]) {
      const page = await app.open(hash, { colorScheme });
      await page.locator('.guide-activity').first().waitFor();
      assert.deepEqual(await axe(page), [], `${hash} ${colorScheme}`);
      await page.context().close();
    }
    const fr = await app.open('#view=guide&lang=fr');
    await fr.getByRole('heading', { level: 1, name: 'Guide de l’enseignant' }).waitFor();
    assert.equal(await fr.locator('.guide-section').first().getByRole('heading', { level: 3 }).textContent(), 'Pourquoi 2012\u202F? Les racines de la crise');
    assert.equal(await fr.getByRole('link', { name: 'Corrigé pour les enseignants' }).getAttribute('href'), '#view=quiz&teacher=1&lang=fr');
    await fr.context().close();
  });

  test('the guide prints as a handout: the guide alone, in full', async () => {
    const page = await app.open('#view=guide');
    await page.locator('.guide-activity').first().waitFor();
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    await page.getByRole('button', { name: 'Print this guide' }).click();
    assert.equal(await page.evaluate(() => window.printed), 1);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.guide-tools']) {
      assert.equal(await page.locator(hidden).isVisible(), false, hidden);
    }
    assert.equal(await page.locator('.guide-section:visible').count(), 18);
    assert.ok((await page.locator('.guide-activity:visible').count()) >= 5);
    assert.equal(await page.locator('.guide-path:visible').count(), 2);
    // Sources' addresses are written out on paper.
    const after = await page.locator('.guide-activity a.external').first().evaluate((a) => getComputedStyle(a, '::after').content);
    assert.match(after, /attr\(href\)|http/);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 20_000, `a PDF of ${pdf.length} bytes`);
    await page.context().close();
  });
});
