// What makes the hosted explainer an installable app that works offline (postbuild.mjs runs both
// steps, the browser tests use the second to publish a "new build"):
// 1. the web app manifests (one per language) and their PNG icons, written by Rust
//    (crates/webapp) and checked here against the files themselves;
// 2. the service worker, sw.js, from public/service-worker.js with the build's file list and a
//    version made from the files' contents, so a new build is a new worker and a new cache.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { minify } from 'terser';

export const WORKER = 'sw.js';
/** Kept out of the offline copy: the single-file edition is a download of its own (1 MB), and
 * embed.js runs in other sites' pages, which no worker of ours serves; the SCORM packages (scorm/)
 * are for teachers to upload, several MB that no reader needs. */
const NOT_OFFLINE = new Set([WORKER, 'sahel-explainer.html', 'embed.js']);
const notOffline = (f) => NOT_OFFLINE.has(f) || f.startsWith('scorm/');
const LANGS_MANIFEST = /^manifest-([a-z]{2})\.webmanifest$/;

/** Writes the manifests and icons into `staging` and checks them; returns the manifests' names. */
export async function writeWebApp({ source, staging, fail }) {
  const icon = (await readdir(staging)).find((f) => /^favicon-[0-9a-f]+\.svg$/.test(f));
  if (!icon) fail('no favicon-<hash>.svg in the build: index.html must keep its data-trunk icon link');
  try {
    execFileSync('cargo', ['run', '--quiet', '-p', 'sahel-webapp', '--', join(staging, icon), staging], {
      cwd: source,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    fail('writing the web app manifest and icons failed (see the messages above)');
  }
  const manifests = (await readdir(staging)).filter((f) => LANGS_MANIFEST.test(f)).sort();
  if (manifests.length === 0) fail('sahel-webapp wrote no manifest');
  for (const name of manifests) await checkManifest(staging, name, fail);
  return manifests;
}

async function checkManifest(staging, name, fail) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(join(staging, name), 'utf8'));
  } catch (e) {
    fail(`${name}: not JSON (${e.message})`);
  }
  // Under any sub-path: a relative address resolves beside the manifest, inside the app's scope.
  const relativeOnly = (what, address) => {
    if (typeof address !== 'string' || /^([a-z][a-z0-9+.-]*:|\/)/i.test(address) || address.includes('..')) {
      fail(`${name}: ${what} "${address}" must be a relative address inside the app's folder`);
    }
  };
  for (const key of ['id', 'start_url', 'scope']) relativeOnly(key, manifest[key]);
  for (const key of ['name', 'short_name', 'lang', 'theme_color', 'background_color']) {
    if (!manifest[key]) fail(`${name}: "${key}" is missing`);
  }
  const sizes = new Set();
  for (const icon of manifest.icons ?? []) {
    relativeOnly('icon', icon.src);
    let bytes;
    try {
      bytes = await readFile(join(staging, icon.src));
    } catch {
      fail(`${name}: icon ${icon.src} is not in the build`);
    }
    if (icon.type !== 'image/png') continue;
    const [w, h] = pngSize(bytes) ?? fail(`${name}: ${icon.src} is not a PNG`);
    if (icon.sizes !== `${w}x${h}`) fail(`${name}: ${icon.src} is ${w}x${h} pixels, the manifest says ${icon.sizes}`);
    sizes.add(`${icon.sizes} ${icon.purpose}`);
  }
  // What Chromium asks for before it offers to install, and what Android masks.
  for (const needed of ['192x192 any', '512x512 any', '512x512 maskable']) {
    if (!sizes.has(needed)) fail(`${name}: no ${needed} PNG icon`);
  }
}

/** A PNG's width and height, from its header chunk. */
function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Every file under `dir`, as relative addresses with forward slashes. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();
}

/** Writes sw.js into the build folder `dir` (after every other file); returns its version. */
export async function writeServiceWorker(dir, source) {
  const files = (await filesUnder(dir)).filter((f) => !notOffline(f));
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f}\n`).update(await readFile(join(dir, f)));
  const version = hash.digest('hex').slice(0, 16);
  const template = await readFile(join(source, 'public', 'service-worker.js'), 'utf8');
  const code = template.replace('__VERSION__', JSON.stringify(version)).replace('__FILES__', JSON.stringify(files));
  const small = await minify(code, { compress: true, mangle: true, format: { comments: false } });
  await writeFile(join(dir, WORKER), small.code);
  return { version, files };
}
