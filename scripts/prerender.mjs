// Pre-renders the start view into index.html (release builds; called by postbuild.mjs).
//
// Without it a reader sees a loading notice until the wasm has downloaded, compiled and rendered:
// on a school network or an old laptop, seconds. With it the first paint already shows the header,
// the contents and every section's title and lead, the same markup the app will render, because
// it is taken from the app itself: the built page is opened in headless Chromium once per
// language and its rendered start view is copied in. Nothing is written by hand, so the copy cannot
// drift from the components.
//
// The default language's view goes into #app; the others go into <template>s, and
// public/first-view.js picks the reader's one before the first paint. Section bodies are left out
// (closed panels show nothing, and the app brings them), which keeps index.html small.
import { launch, serve } from './local-web.mjs';

/**
 * `html` (the staged index.html, served from `staging`) with the start view pre-rendered in each of
 * `langs` (the first is the default), and `scriptTag` (the first-view chooser) after it.
 */
export async function prerender(staging, html, langs, scriptTag, fail) {
  // Quotes are optional: a minified index.html drops them.
  const app = html.match(/<div id="?app"?>([\s\S]*?)<\/div>\s*(?=<template id="?first-view-note"?>)/);
  if (!app) fail('index.html has no <div id="app"> followed by <template id="first-view-note">');
  const noteTemplate = html.match(/<template id="?first-view-note"?>([\s\S]*?)<\/template>/);
  const notes = Object.fromEntries(
    [...noteTemplate[1].matchAll(/<p\b[^>]*\bdata-lang="?([a-z]+)"?[^>]*>[\s\S]*?(?:<\/p>|(?=<p\b)|$)/g)].map(([p, lang]) => [lang, p.endsWith('</p>') ? p : `${p.trimEnd()}</p>`]),
  );

  const server = await serve(staging);
  let browser;
  try {
    browser = await launch();
  } catch (e) {
    fail(`cannot start Chromium to pre-render the start view (scripts/tools.sh installs it): ${e.message}`);
  }
  const views = [];
  try {
    for (const lang of langs) {
      if (!notes[lang]) fail(`no <p data-lang="${lang}"> in <template id="first-view-note"> in index.html`);
      const locale = { en: 'en-GB', fr: 'fr-FR' }[lang] ?? lang;
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url);
      await page.locator('#view-heading').waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      if (errors.length) fail(`the app reported errors while pre-rendering (${lang}): ${errors.join('; ')}`);
      const view = await page.evaluate(() => {
        const root = document.getElementById('app');
        // Closed panels and dialogs show nothing until the app runs; their contents come with it.
        for (const closed of root.querySelectorAll('.accordion-panel, dialog:not([open])')) closed.replaceChildren();
        return { lang: document.documentElement.lang, title: document.title, markup: root.innerHTML };
      });
      await context.close();
      if (view.lang !== lang) fail(`pre-rendering ${lang}: the app chose ${view.lang} for locale ${locale}`);
      if (view.markup.includes(new URL(server.url).host)) {
        fail(`the pre-rendered start view (${lang}) mentions the build's own address; it would be wrong once hosted`);
      }
      // Leptos's empty placeholder comments mean nothing in static markup.
      let markup = view.markup.replace(/<!---->/g, '');
      // Shown only if the app is slow to start (style/base.css), first in <main>.
      const note = notes[lang].replace(/^<p\b/, '<p id="first-view-note"');
      markup = markup.replace(/(<main\b[^>]*>)/, (open) => open + note);
      if (!markup.includes('id="first-view-note"')) fail(`the pre-rendered start view (${lang}) has no <main>`);
      views.push({ ...view, markup });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const [first, ...others] = views;
  const templates = [
    `<template id="first-view-wait">${app[1]}</template>`,
    ...others.map(
      (v) => `<template id="first-view-${v.lang}" data-first-view="${v.lang}" data-title="${escapeAttr(v.title)}">${v.markup}</template>`,
    ),
  ];
  return html
    .replace(noteTemplate[0], () => '')
    .replace(app[0], () => `<div id="app" data-first-view="${first.lang}">${first.markup}</div>\n${templates.join('\n')}\n${scriptTag}\n`);
}

function escapeAttr(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
