// Trunk post_build hook (see Trunk.toml). Runs in Trunk's staging folder, before it becomes dist/.
//
// 1. The wasm, in parts (build-wasm.mjs): Trunk builds the styles and copies files; the Rust build
//    is here because the wasm is split between cargo and wasm-bindgen. Its loader is a file of its
//    own, boot-<hash>.js, since a strict Content-Security-Policy (`script-src 'self'
//    'wasm-unsafe-eval'`) blocks inline scripts; every reference is relative (any sub-path works)
//    and carries an SRI hash like Trunk's own tags.
// 2. Text: each language's words ship as text/<lang>-<part>-<hash>.txt beside the wasm, written by
//    the content crate (`check-content --write-text`), so a reader downloads only their language,
//    and each part only with the views that show it.
// 3. The start view written into index.html in every language (prerender.mjs, with the app's own
//    components rendered natively), so the first paint shows the real text rather than a loading
//    notice. Debug builds (`trunk serve`) do it too: they load the app exactly as a release does.
// 4. Release only: sahel-explainer.html, the whole app in one file that works from disk (file://),
//    for teachers who can only upload a file to their learning platform.
// 5. Release only: scorm/, the SCORM 1.2 packages for course platforms (one per quiz, one for the
//    whole explainer), written and checked by Rust (crates/scorm).
// 6. Release only, installable and offline (webapp.mjs): the manifests and icons, drawn by Rust,
//    linked from index.html; last of all, the service worker that keeps every file above.
//
// Needs Node, the npm packages (terser) and cargo; no browser. Fails the build, loudly, when the
// tools' output no longer looks as expected: a silently broken CSP or single file is worse than a
// failed build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWasm, SPLIT_LOADER } from './build-wasm.mjs';
import { prerender } from './prerender.mjs';
import { writeServiceWorker, writeWebApp, WORKER } from './webapp.mjs';

const STAGING = process.env.TRUNK_STAGING_DIR;
const SOURCE = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const PROFILE = process.env.TRUNK_PROFILE ?? 'debug';
const PUBLIC_URL = process.env.TRUNK_PUBLIC_URL ?? './';
const SINGLE_FILE = 'sahel-explainer.html';

if (!STAGING) fail('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook (trunk build).');

const indexPath = join(STAGING, 'index.html');
let html = await readFile(indexPath, 'utf8');

// ---- 1. The wasm and its loader --------------------------------------------------------------------

// Trunk's own bindings of the unsplit wasm (index.html asks it to compile the crate) are not used.
for (const f of await readdir(STAGING)) {
  if (/^sahel-explainer-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f)) await rm(join(STAGING, f));
}
if (/sahel-explainer-[0-9a-f]+(_bg\.wasm|\.js)/.test(html)) fail('index.html loads Trunk\'s unsplit wasm; keep inject_scripts = false in Trunk.toml');
// Trunk leaves the tag that asked it to compile the crate; it means nothing to a browser.
html = html.replace(/<link\b[^>]*\brel=["']?rust\b[^>]*>/i, '');
const pkg = await buildWasm({ source: SOURCE, staging: STAGING, release: PROFILE === 'release', fail });
const jsPath = `${PUBLIC_URL}${pkg.dir}/${pkg.js}`;
const wasmPath = `${PUBLIC_URL}${pkg.dir}/${pkg.wasm}`;
const loaderCode = `import init from '${jsPath}';
await init({ module_or_path: '${wasmPath}' });
`;
const bootName = `boot-${hash('sha256', loaderCode, 'hex').slice(0, 16)}.js`;
await writeFile(join(STAGING, bootName), loaderCode);

// Same SRI algorithm as Trunk's tags for the styles, or none if Trunk's SRI is turned off.
const sri = html.match(/\bintegrity\s*=\s*["']?(sha256|sha384|sha512)-/i)?.[1]?.toLowerCase();
const integrityOf = async (path) =>
  sri ? ` integrity="${sri}-${hash(sri, await readFile(join(STAGING, path)), 'base64')}"` : '';
const bootTag = `<script type="module" src="${PUBLIC_URL}${bootName}"${await integrityOf(bootName)}></script>`;
// Fetched at once, alongside the styles, rather than after the loader has run. The wasm's preload
// carries no integrity hash: browsers ignore one on a fetch preload, and say so in the console of
// every page that embeds the explainer. (The glue, which checks nothing either, fetches it.)
const preloads =
  `<link rel="modulepreload" href="${jsPath}" crossorigin="anonymous"${await integrityOf(`${pkg.dir}/${pkg.js}`)}>` +
  `<link rel="preload" href="${wasmPath}" crossorigin="anonymous" as="fetch" type="application/wasm">`;
if (!/<\/head>/i.test(html)) fail('index.html has no </head>');
html = html.replace(/<\/head>/i, () => `${bootTag}\n${preloads}</head>`);

// The English manifest to begin with; the app points the link at its language's
// (src/offline/mod.rs). Its presence is also what tells the app this copy can be kept offline.
// Release builds only: under `trunk serve` a stored copy would hide each rebuild until the
// reader pressed "Reload", which is the opposite of live reload.
if (PROFILE === 'release') {
  const manifests = await writeWebApp({ source: SOURCE, staging: STAGING, fail });
  const manifestTag = `<link rel="manifest" href="${PUBLIC_URL}${manifests.find((m) => m.endsWith('-en.webmanifest')) ?? manifests[0]}">`;
  html = html.replace(/<\/head>/i, () => `${manifestTag}<meta name="theme-color" content="#1f4e79"></head>`);
}

// The timeline's, the map's, the quizzes', the charts', the glossary's and the classroom's (the
// teacher's guide and the citation dialog) stylesheets (and the controls they share) come with
// those views' code
// (src/ui/view_styles.rs), so they move into a template the first visit does not fetch, each
// marked with the view that asks for it.
const viewStyles = [...html.matchAll(/<link\b[^>]*>/gi)]
  .map(([tag]) => [tag, (attr(tag, 'href') ?? '').replace(/^.*\//, '').match(/^(controls|timeline|quiz|map|figures|glossary|classroom)-[0-9a-f]+\.css$/)?.[1]])
  .filter(([tag, view]) => /stylesheet/i.test(attr(tag, 'rel') ?? '') && view);
if (viewStyles.length !== 7) fail(`expected the controls, timeline, quiz, map, figures, glossary and classroom stylesheets in index.html, found ${viewStyles.length}`);
for (const [tag] of viewStyles) html = html.replace(tag, '');
const marked = viewStyles.map(([tag, view]) => tag.replace(/^<link\b/i, `<link data-view="${view}"`));
html = html.replace(/<\/head>/i, () => `<template id="view-styles">${marked.join('')}</template></head>`);

// style="" attributes would need 'unsafe-inline'; keep them out of the shipped HTML.
const styled = html.match(/<[^>]*\sstyle\s*=[^>]*>/i);
if (styled) fail(`style attribute in index.html (blocked by style-src 'self'): ${styled[0]}`);

await writeFile(indexPath, html);
console.log(`postbuild: wasm in ${pkg.dir}/ (${pkg.files.join(', ')}), loaded by ${bootName}`);

// ---- 2. Text files -----------------------------------------------------------------------------------

const textDir = join(STAGING, 'text');
try {
  execFileSync('cargo', ['run', '--quiet', '-p', 'sahel-content', '--bin', 'check-content', '--', 'content', '--write-text', textDir], {
    cwd: SOURCE,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} catch {
  fail('writing the text files failed (see the messages above)');
}
const textFiles = (await readdir(textDir)).filter((f) => f.endsWith('.txt')).sort();
console.log(`postbuild: text files ${textFiles.join(', ')}`);

// ---- 3. Pre-rendered start view -------------------------------------------------------------------

// Its comments are for maintainers; every reader downloads the code.
const firstViewCode = (await readFile(join(SOURCE, 'public', 'first-view.js'), 'utf8')).replace(/^\s*\/\/.*\n/gm, '');
const firstViewName = `first-view-${hash('sha256', firstViewCode, 'hex').slice(0, 16)}.js`;
await writeFile(join(STAGING, firstViewName), firstViewCode);
// Classic and synchronous on purpose: it must choose the language before the first paint.
const firstView = {
  code: firstViewCode,
  tag: `<script src="${PUBLIC_URL}${firstViewName}"${await integrityOf(firstViewName)}></script>`,
};
const start = prerender(SOURCE, html, firstView.tag, fail);
html = start.html;
await writeFile(indexPath, html);
console.log(`postbuild: start view written in ${start.langs.join(', ')}`);

// ---- 4. Single-file edition ------------------------------------------------------------------------

if (PROFILE === 'release') {
  const single = await singleFile(html, loaderCode);
  await writeFile(join(STAGING, SINGLE_FILE), single);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`postbuild: ${SINGLE_FILE} ${kb(single.length)} (${kb(gzipSync(single, { level: 9 }).length)} gzipped)`);
}

// ---- 5. SCORM packages ------------------------------------------------------------------------------

if (PROFILE === 'release') {
  try {
    // Its output is the list of packages; SAHEL_SCORM_MASTERY (if set) reaches it from here.
    execFileSync('cargo', ['run', '--quiet', '-p', 'sahel-scorm', '--', STAGING, join(STAGING, 'scorm')], {
      cwd: SOURCE,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch {
    fail('writing the SCORM packages failed (see the messages above)');
  }
  const worker = await writeServiceWorker(STAGING, SOURCE);
  console.log(`postbuild: ${WORKER} keeps ${worker.files.length} files offline (version ${worker.version})`);
}

async function singleFile(page, loader) {
  // From disk there is nothing to install and no worker: the file itself is the offline copy.
  page = page.replace(/<link rel="manifest"[^>]*>/, '');
  // Every stylesheet is inline here, the views' too.
  page = page.replace(/<template id="view-styles">([\s\S]*?)<\/template>/, '$1');
  // The wasm-bindgen module and the wasm file, as named by the loader.
  const jsRef = loader.match(/\bfrom\s*(["'])([^"']+\.js)\1/)?.[2];
  const wasmRef = loader.match(/module_or_path\s*:\s*(["'])([^"']+\.wasm)\1/)?.[2];
  if (!jsRef || !wasmRef) fail('cannot find the JS module and the wasm file in the loader');
  let bindgen = pkg.sources[pkg.js];
  const wasm = await readFile(local(wasmRef));
  const split = await inlineSplitLoader(local(jsRef).replace(/[^/\\]+$/, ''));
  // The main module imports the parts' loader; here that is the object built below.
  const splitImports = /^import\s+\*\s+as\s+([\w$]+)\s+from\s+["']\.\/__wasm_split\.js["'];?/gm;
  if (!splitImports.test(bindgen)) fail(`the wasm-bindgen module does not import ./${SPLIT_LOADER}; update singleFile()`);
  bindgen = bindgen.replace(splitImports, 'const $1 = splitLoader;');

  // The loader's import becomes a plain binding to the inlined module; the wasm path becomes bytes.
  let boot = loader.replace(/^\s*import\s+init\s+from\s*["'][^"']+["']\s*;?/m, '');
  if (boot === loader) fail('unexpected loader import; update singleFile() in scripts/postbuild.mjs');
  boot = boot.replace(/(module_or_path\s*:\s*)(["'])[^"']+\.wasm\2/, '$1wasmBytes');

  const script = [
    decodeBase64.toString(),
    '// The split-off parts of the wasm (build-wasm.mjs), loaded from bytes in the page, not fetched.',
    `const splitParts = ${JSON.stringify(split.parts)};`,
    'let bindingsRef;',
    `const splitLoader = (() => {\n${split.code}\n})();`,
    '// The wasm-bindgen module, scoped so that its top-level names (`wasm`…) cannot meet the loader’s.',
    `const { init, bindings } = (() => {\n${unexport(bindgen)}\n})();`,
    'bindingsRef = bindings;',
    '// The wasm file, so that nothing is fetched: file:// pages may not fetch, even beside themselves.',
    `const wasmBytes = decodeBase64("${wasm.toString('base64')}");`,
    boot,
  ].join('\n');

  let out = page.replace(firstView.tag, () => `<script>\n${escapeScript(firstView.code)}\n</script>`);
  // Stylesheets in place, in order, so the cascade is unchanged.
  for (const [tag] of page.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
    const href = attr(tag, 'href');
    let replacement = tag;
    if (rel === 'stylesheet') {
      const css = await inlineCssUrls(await readFile(local(href), 'utf8'));
      replacement = `<style>\n${css.replace(/<\/(style)/gi, '\\3C/$1')}</style>`;
    } else if (rel === 'modulepreload' || rel === 'preload') {
      replacement = '';
    } else if (/\bicon\b/.test(rel) && href && !href.startsWith('data:')) {
      const icon = dataUrl(href, await readFile(local(href)));
      replacement = tag
        .replace(/\shref\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, () => ` href="${icon}"`)
        .replace(/\s(integrity|crossorigin)(\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/gi, '');
    }
    if (replacement !== tag) out = out.replace(tag, () => replacement);
  }
  // Every language's words, where src/content/text.rs looks before it fetches. JSON with `<`
  // escaped cannot end the script element, whatever the text says.
  const texts = [];
  for (const name of textFiles) {
    const json = JSON.stringify(await readFile(join(textDir, name), 'utf8')).replace(/</g, '\\u003c');
    texts.push(`<script type="application/json" id="text-${name}">${json}</script>`);
  }
  out = out.replace(bootTag, () => `${texts.join('\n')}\n<script type="module">\n${escapeScript(script)}\n</script>`);
  const leftover = out.match(/\s(?:src|href)\s*=\s*["']?(?!data:|#|https?:|mailto:)[^"'\s>]+\.(?:js|wasm|css|svg|png|ico)\b/i);
  if (leftover) fail(`${SINGLE_FILE} still refers to a file: ${leftover[0]}`);
  return Buffer.from(out);
}

function decodeBase64(b64) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
  const s = atob(b64), bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/**
 * The parts' loader (wasm-split's __wasm_split.js, in `dir`) as a function body returning its
 * exports, fetching nothing: each part comes from `splitParts` (base64, by file name), and
 * `initSync` from the main module once it is there (`bindingsRef`).
 */
async function inlineSplitLoader(dir) {
  let code = pkg.sources[SPLIT_LOADER];
  const before = code;
  code = code.replace(/^import\s*\{\s*initSync\s*\}\s*from\s*["'][^"']+["'];?/m, 'const initSync = (...args) => bindingsRef.initSync(...args);');
  if (code === before) fail(`${SPLIT_LOADER} no longer imports initSync; update splitParts() in scripts/postbuild.mjs`);
  const parts = {};
  code = code.replace(/fetch\(new URL\("\.\/([\w.-]+\.wasm)",\s*import\.meta\.url\)\)/g, (_, name) => {
    parts[name] = null;
    return `Promise.resolve(new Response(decodeBase64(splitParts[${JSON.stringify(name)}]), { headers: { 'content-type': 'application/wasm' } }))`;
  });
  for (const name of Object.keys(parts)) parts[name] = (await readFile(join(dir, name))).toString('base64');
  if (!Object.keys(parts).length) fail(`${SPLIT_LOADER} fetches no parts that singleFile() recognises`);
  const names = [];
  code = code.replace(/^export\s+const\s+([\w$]+)/gm, (_, name) => {
    names.push(name);
    return `const ${name}`;
  });
  if (/^\s*(import|export)\b|import\.meta/m.test(code)) fail(`${SPLIT_LOADER} has imports or exports singleFile() cannot inline`);
  return { code: `${code}\nreturn { ${names.join(', ')} };`, parts };
}

/** The module's exports as locals, returned as the loader expects them: `init` and a namespace. */
function unexport(code) {
  const names = [];
  let body = code.replace(/^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm, (_, kind, name) => {
    names.push([name, name]);
    return `${kind} ${name}`;
  });
  body = body.replace(/^export\s*\{([^}]*)\}\s*;?/gm, (_, list) => {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, exported = local] = item.split(/\s+as\s+/);
      names.push([local, exported]);
    }
    return '';
  });
  if (/^\s*(import|export)\b/m.test(body)) {
    fail('the wasm-bindgen module has imports or exports this script cannot inline (snippets?)');
  }
  const init = names.find(([, exported]) => exported === 'default')?.[0];
  if (!init) fail('the wasm-bindgen module has no default export (init)');
  const members = names.map(([local, exported]) => `${JSON.stringify(exported)}: ${local}`).join(', ');
  return `${body}\nreturn { init: ${init}, bindings: Object.freeze({ __proto__: null, ${members} }) };`;
}

/** url(...) references in CSS become data: URLs; the single file may not load anything. */
async function inlineCssUrls(css) {
  const refs = [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)].filter(([, , u]) => !/^(data:|#)/.test(u));
  for (const [whole, , ref] of refs) {
    if (/^[a-z]+:/i.test(ref)) fail(`CSS refers to another site: ${ref}`);
    // Relative to the stylesheet, which Trunk puts at the root of the build, like index.html.
    const inlined = dataUrl(ref, await readFile(local(ref)));
    css = css.replace(whole, () => `url("${inlined}")`);
  }
  return css;
}

function dataUrl(ref, bytes) {
  const type = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2' }[
    extname(ref).toLowerCase()
  ];
  if (!type) fail(`no data: type for ${ref}`);
  return `data:${type};base64,${bytes.toString('base64')}`;
}

/** An asset reference from the HTML (relative, or under the public URL) as a path in staging. */
function local(ref) {
  let path = ref.split(/[?#]/)[0];
  if (PUBLIC_URL !== './' && path.startsWith(PUBLIC_URL)) path = path.slice(PUBLIC_URL.length);
  const file = normalize(join(STAGING, path.replace(/^\.?\//, '')));
  if (!file.startsWith(normalize(STAGING + sep))) fail(`asset outside the build: ${ref}`);
  return file;
}

function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** `</script` or `<!--` inside inlined code would end or confuse the HTML script element. */
function escapeScript(code) {
  return code.replace(/<(?=\/script|!--)/gi, '\\x3C');
}

function hash(algorithm, data, encoding) {
  return createHash(algorithm).update(data).digest(encoding);
}

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}
