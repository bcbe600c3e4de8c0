// Builds the app's wasm in parts (called by postbuild.mjs, which Trunk runs after each build).
//
// Most readers start with the sections, but the map and the quizzes are most of the code. So the
// views at the `#[wasm_split]` points in src/ui/lazy_view.rs are cut off into wasm files of their
// own, which the browser fetches the first time a reader opens one.
// Trunk cannot split wasm, so this does what its Rust pipeline did, with the split in the middle:
//
//   cargo build (with relocations, .cargo/config.toml) → wasm-split → wasm-bindgen → wasm-opt,
//   short import names (short-imports.mjs), and terser for the JavaScript
//
// Everything lands in pkg-<hash>/, named by a hash of its contents so a browser never mixes parts
// of two builds; inside it the names stay as the tools wrote them, because they refer to each other.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minify } from 'terser';
import { renameImports, renameInGlue } from './short-imports.mjs';

export const NAME = 'sahel-explainer';
/** The module wasm-split writes for loading the parts; the main wasm imports it by this name. */
export const SPLIT_LOADER = '__wasm_split.js';

/**
 * Builds into `staging` and returns `{ dir, js, wasm, files, sources }`: the folder name, the
 * wasm-bindgen module and main wasm inside it, every file in it, and its JavaScript unminified.
 */
/**
 * What each split-off part loads, read from wasm-split's loader: `{ part: [its file, chunk files] }`.
 * Each chunk holds code that several parts share.
 */
function partsOf(loader) {
  const chunks = {};
  for (const [, name, file] of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g)) {
    chunks[name] = file;
  }
  const parts = {};
  for (const [, part, file, deps] of loader.matchAll(/__wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"[\s\S]*?\}\s*,\s*\[([^\]]*)\]\)\);/g)) {
    parts[part] = [file, ...(deps.match(/__chunk_\d+/g) ?? []).map((c) => chunks[c])];
  }
  return parts;
}

export async function buildWasm({ source, staging, release, fail }) {
  const run = (cmd, args, what) => {
    try {
      execFileSync(cmd, args, { cwd: source, stdio: ['ignore', 'inherit', 'inherit'] });
    } catch (e) {
      fail(`${what} failed (${cmd} ${args.join(' ')}): ${e.message.split('\n')[0]}`);
    }
  };
  const profile = release ? 'release' : 'debug';
  run('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', NAME, ...(release ? ['--release'] : [])], 'cargo build');
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
  const input = join(targetDir, 'wasm32-unknown-unknown', profile, `${NAME}.wasm`);

  const work = await mkdtemp(join(tmpdir(), 'sahel-wasm-'));
  try {
    const split = join(work, 'split');
    const out = join(work, 'pkg');
    await mkdir(split);
    run('wasm-split-cli', [input, split, '--out-name', NAME, '--target', 'web'], 'wasm-split');
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', out, '--out-name', NAME, join(split, `${NAME}.wasm`)], 'wasm-bindgen');
    const parts = (await readdir(split)).filter((f) => f !== `${NAME}.wasm`);
    if (!parts.includes(SPLIT_LOADER) || !parts.some((f) => f.endsWith('.wasm'))) {
      fail(`wasm-split wrote no parts (${parts.join(', ')}): are the #[wasm_split] points in src/ui/lazy_view.rs still there?`);
    }
    for (const f of parts) await rename(join(split, f), join(out, f));

    const files = (await readdir(out)).sort();
    // The readable JavaScript, for the single-file edition, which rewrites it (postbuild.mjs).
    const sources = {};
    for (const f of files.filter((f) => f.endsWith('.js'))) sources[f] = await readFile(join(out, f), 'utf8');
    if (release) {
      for (const f of files.filter((f) => f.endsWith('.wasm'))) {
        // Quiet: wasm-split leaves a names subsection wasm-opt does not know, and drops it anyway.
        // The tool metadata sections are for tools, not browsers: in each of some 25 files.
        const strip = ['--strip-target-features', '--strip-producers'];
        execFileSync('wasm-opt', ['-Oz', ...strip, join(out, f), '-o', join(out, f)], { stdio: ['ignore', 'ignore', 'pipe'] });
      }
      // Short import names in the main wasm and its glue (short-imports.mjs).
      const wasmPath = join(out, `${NAME}_bg.wasm`);
      const { bytes, renamed } = renameImports(await readFile(wasmPath), `./${NAME}_bg.js`, fail);
      await writeFile(wasmPath, bytes);
      sources[`${NAME}.js`] = renameInGlue(sources[`${NAME}.js`], renamed, fail);
      // Every reader downloads the wasm-bindgen glue: minified, it is a quarter smaller gzipped.
      for (const [f, code] of Object.entries(sources)) {
        const { code: small } = await minify(code, { module: true, compress: true, mangle: true });
        await writeFile(join(out, f), small);
      }
    }
    const hash = createHash('sha256');
    for (const f of files) hash.update(f).update(await readFile(join(out, f)));
    const dir = `pkg-${hash.digest('hex').slice(0, 16)}`;
    await rm(join(staging, dir), { recursive: true, force: true });
    await rename(out, join(staging, dir)).catch(async () => {
      // Another file system: copy instead.
      await mkdir(join(staging, dir));
      for (const f of files) await writeFile(join(staging, dir, f), await readFile(join(out, f)));
    });
    // Which files each split-off part loads, for the benchmark (e2e/bench.mjs); not shipped.
    await writeFile(join(targetDir, 'wasm-parts.json'), JSON.stringify(partsOf(sources[SPLIT_LOADER]), null, 1));
    return { dir, js: `${NAME}.js`, wasm: `${NAME}_bg.wasm`, files, sources };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
