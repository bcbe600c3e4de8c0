// What the build weighs, as a reader downloads it: shared by the size budget test
// (budget.test.mjs, in CI) and the benchmark (bench.mjs). Bytes are deterministic; nothing here
// is timed.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets (gzipped KB): what every reader pays, and what a view adds when first opened. */
export const BUDGETS = {
  firstLoad: 150,
  quizzes: 60,
  map: 50,
  // The service worker, and the part of the app that registers it and speaks of it (issue: at
  // most 5 KB for the worker). Both come once the page has settled, not with the first load.
  worker: 5,
  offlinePart: 5,
  figures: 25,
  glossary: 25,
  guide: 25,
  // The SCORM 1.2 runtime: only a course platform's package fetches it, before the app starts.
  lmsPart: 5,
};

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

/** Every file of the build (relative path → `{ raw, gz }` bytes), gzip at level 9. */
export async function weigh(dist) {
  const sizes = new Map();
  for (const file of (await files(dist)).sort()) {
    const body = await readFile(file);
    sizes.set(relative(dist, file), { raw: body.length, gz: gzipSync(body, { level: 9 }).length });
  }
  return sizes;
}

/**
 * The build's files a first visit to `url` downloads, found by loading the page rather than by
 * listing files: each reader gets the text of one language only, and the other products (embed.js
 * for host pages, the single-file edition) are not part of a visit.
 */
export async function firstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Set(['index.html']);
  const base = new URL(url);
  page.on('request', (r) => {
    const path = decodeURIComponent(new URL(r.url()).pathname);
    if (path.startsWith(base.pathname)) fetched.add(path.slice(base.pathname.length));
  });
  await page.goto(url);
  await page.locator('#view-heading').waitFor();
  await page.locator('#first-view-note').waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
  await context.close();
  fetched.delete('');
  return fetched;
}

/** The sum of the gzipped sizes of `paths`. */
export function total(sizes, paths) {
  let gz = 0;
  for (const p of paths) gz += sizes.get(p)?.gz ?? 0;
  return gz;
}

/**
 * A split-off view's own share: its part of the wasm, the chunks only it (or the parts in `with`)
 * use, and the extra files (its words, its stylesheet) matching `extra`. Chunks that several views
 * share hold framework code every view needs; they come once, with whichever a reader opens first.
 * `parts` is the build's list of what each part loads (target/wasm-parts.json).
 */
export function ownShare(sizes, parts, part, withParts, extra) {
  // Each pattern names one file; given a list of patterns, the largest file matching any of them.
  const pkg = [...sizes.keys()].find((k) => k.startsWith('pkg-')).split('/')[0];
  const users = new Map();
  for (const [name, list] of Object.entries(parts)) {
    for (const f of list.slice(1)) users.set(f, [...(users.get(f) ?? []), name]);
  }
  const group = [part, ...withParts];
  const wasmFiles = group.flatMap((p) => [
    parts[p][0],
    ...parts[p].slice(1).filter((f) => users.get(f).every((u) => group.includes(u))),
  ]);
  const wasm = total(sizes, [...new Set(wasmFiles)].map((f) => `${pkg}/${f}`));
  const others = extra
    .map((re) => [...sizes.keys()].filter((k) => re.test(k)).sort((a, b) => sizes.get(b).gz - sizes.get(a).gz)[0])
    .filter(Boolean);
  return { wasm, others: total(sizes, others), gz: wasm + total(sizes, others), files: wasmFiles.length };
}

export const kb = (n) => (n / 1024).toFixed(1);
