// Benchmark (not a test): builds the release bundle, prints each file's size raw and gzipped, and
// the time to first content in headless Chromium against a static HTML page with the same text.
//   node e2e/bench.mjs [--no-build] [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch, serve } from './helpers.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
if (!args.includes('--no-build')) {
  execFileSync('trunk', ['build', '--release'], { stdio: 'inherit' });
}

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('\nRelease bundle (dist/)');
console.log('file'.padEnd(44) + 'raw KB'.padStart(8) + '  gzip KB'.padStart(10));
// The first load is what index.html pulls in; embed.js (for host pages) and the single-file
// edition are other products, listed after it.
const OTHER = ['sahel-explainer.html', 'embed.js'];
let totalRaw = 0;
let totalGz = 0;
const others = [];
for (const file of (await files(DIST)).sort()) {
  const body = await readFile(file);
  const gz = gzipSync(body, { level: 9 }).length;
  const name = relative(DIST, file).replace(/-[0-9a-f]{16}(?=[._])/, '-…');
  if (OTHER.includes(name)) {
    others.push(name.padEnd(44) + kb(body.length) + '  ' + kb(gz));
    continue;
  }
  totalRaw += body.length;
  totalGz += gz;
  console.log(name.padEnd(44) + kb(body.length) + '  ' + kb(gz));
}
console.log('first load, total'.padEnd(44) + kb(totalRaw) + '  ' + kb(totalGz));
for (const line of others) console.log(line);

// First content: the moment the first section heading exists in the document, seen by a
// MutationObserver installed before any of the page's own code runs.
const probe = `
  new MutationObserver((_, obs) => {
    if (document.querySelector('.accordion-trigger')) {
      window.__firstContent = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

const browser = await launch();
const server = await serve();

// The static twin: the app's own rendered markup and styles, with no script at all.
const staticDir = await mkdtemp(join(tmpdir(), 'sahel-static-'));
await cp(DIST, staticDir, { recursive: true });
{
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.locator('.accordion-trigger').first().waitFor();
  const body = await page.evaluate(() => document.body.innerHTML);
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  const head = index.slice(0, index.indexOf('<body')).replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '').replace(/<link rel="preload"[^>]*>/g, '');
  await writeFile(join(staticDir, 'index.html'), `${head}<body>${body}</body></html>`);
  await page.close();
}
const staticServer = await serve(staticDir);

async function firstContent(url, cpuSlowdown) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(probe);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstContent !== undefined);
    times.push(await page.evaluate(() => window.__firstContent));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

console.log(`\nTime to first content (median of ${runs} cold loads, ms; loopback server)`);
console.log('CPU'.padEnd(16) + 'static HTML'.padStart(12) + 'explainer'.padStart(12) + 'ratio'.padStart(8));
for (const rate of [1, 4]) {
  const s = await firstContent(staticServer.url, rate);
  const a = await firstContent(server.url, rate);
  const label = rate === 1 ? 'this machine' : `${rate}x slower`;
  console.log(label.padEnd(16) + s.toFixed(0).padStart(12) + a.toFixed(0).padStart(12) + (a / s).toFixed(2).padStart(8));
}
await browser.close();
await server.close();
await staticServer.close();
