// Writes the start view into index.html (every build; called by postbuild.mjs).
//
// Without it a reader sees a loading notice until the wasm has downloaded, compiled and rendered:
// on a school network or an old laptop, seconds. With it the first paint already shows the header,
// the contents and every section's title and lead, the same markup the app will render, because
// it comes from the app itself: crates/prerender renders the app's `Page` component natively (Leptos
// server-side rendering), once per language. Nothing is written by hand, so the copy cannot drift
// from the components, and no browser is needed.
//
// The default language's view goes into #app; the others go into <template>s, and
// public/first-view.js picks the reader's one before the first paint.
import { execFileSync } from 'node:child_process';

/**
 * `html` (the staged index.html) with the start view in every language the app has (the first is
 * the default), and `scriptTag` (the first-view chooser) after it.
 */
export function prerender(source, html, scriptTag, fail) {
  // Quotes are optional: a minified index.html drops them.
  const app = html.match(/<div id="?app"?>([\s\S]*?)<\/div>\s*(?=<template id="?first-view-note"?>)/);
  if (!app) fail('index.html has no <div id="app"> followed by <template id="first-view-note">');
  const noteTemplate = html.match(/<template id="?first-view-note"?>([\s\S]*?)<\/template>/);
  const notes = Object.fromEntries(
    [...noteTemplate[1].matchAll(/<p\b[^>]*\bdata-lang="?([a-z]+)"?[^>]*>[\s\S]*?(?:<\/p>|(?=<p\b)|$)/g)].map(([p, lang]) => [lang, p.endsWith('</p>') ? p : `${p.trimEnd()}</p>`]),
  );

  let rendered;
  try {
    rendered = execFileSync('cargo', ['run', '--quiet', '-p', 'sahel-prerender'], {
      cwd: source,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    fail(`rendering the start view failed (cargo run -p sahel-prerender): ${e.message.split('\n')[0]}`);
  }
  let views;
  try {
    views = JSON.parse(rendered);
  } catch {
    fail('sahel-prerender did not print the start view as JSON');
  }
  views = views.map((v) => {
    if (!notes[v.lang]) fail(`no <p data-lang="${v.lang}"> in <template id="first-view-note"> in index.html`);
    // Shown only if the app is slow to start (style/base.css), first in <main>.
    const note = notes[v.lang].replace(/^<p\b/, '<p id="first-view-note"');
    const markup = v.markup.replace(/(<main\b[^>]*>)/, (open) => open + note);
    if (!markup.includes('id="first-view-note"')) fail(`the start view (${v.lang}) has no <main>`);
    return { ...v, markup };
  });

  const [first, ...others] = views;
  const templates = [
    `<template id="first-view-wait">${app[1]}</template>`,
    ...others.map(
      (v) => `<template id="first-view-${v.lang}" data-first-view="${v.lang}" data-title="${escapeAttr(v.title)}">${v.markup}</template>`,
    ),
  ];
  return {
    langs: views.map((v) => v.lang),
    html: html
      .replace(noteTemplate[0], () => '')
      .replace(app[0], () => `<div id="app" data-first-view="${first.lang}">${first.markup}</div>\n${templates.join('\n')}\n${scriptTag}\n`),
  };
}

function escapeAttr(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
