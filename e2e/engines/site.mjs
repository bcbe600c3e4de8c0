// The release build as the smoke tests open it: a copy of dist/ whose pages first run a small
// probe, served under the strict Content-Security-Policy that docs/embedding.md recommends, and
// the single-file edition opened from disk. Classic WebDriver (WebKit) cannot run a script before
// the page's own, so the probe is part of the page, the same in every engine; under the policy it
// must be a file of the site (an inline script would be blocked), from disk it is inlined.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, serve } from '../helpers.mjs';

// The policy docs/embedding.md recommends (as e2e/embed.test.mjs checks it in Chromium).
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const PROBE_FILE = 'smoke-probe.js';

// Runs before anything else on the page: every uncaught error, failed load, console error and
// policy violation, as one line each, for the tests to read.
const PROBE = `(function () {
  var problems = [];
  window.__smokeProbe = { problems: problems };
  document.addEventListener('securitypolicyviolation', function (e) {
    problems.push('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
  });
  window.addEventListener('error', function (e) {
    var what = e.target && e.target !== window ? 'failed to load ' + (e.target.src || e.target.href) : 'uncaught ' + e.message;
    problems.push(what);
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    problems.push('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason));
  });
  var error = console.error;
  console.error = function () {
    problems.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return error.apply(console, arguments);
  };
})();
`;

/** Puts `tag` right after the page's <meta charset>, so it runs before any of the page's scripts. */
function withFirst(html, tag, file) {
  const charset = html.match(/<meta charset=["']?utf-8["']?>/i);
  if (!charset) throw new Error(`${file}: no <meta charset=utf-8> to put the probe after`);
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}

/** Starts the site; `close()` stops it and removes the copy. */
export async function startSite() {
  const root = await mkdtemp(join(tmpdir(), 'sahel-smoke-'));
  await cp(DIST, root, { recursive: true });
  await writeFile(join(root, PROBE_FILE), PROBE);
  const index = join(root, 'index.html');
  await writeFile(index, withFirst(await readFile(index, 'utf8'), `<script src="./${PROBE_FILE}"></script>`, index));
  const single = join(root, 'sahel-explainer.html');
  await writeFile(single, withFirst(await readFile(single, 'utf8'), `<script>${PROBE}</script>`, single));
  // A sub-path, as on a school's web space.
  const server = await serve(root, '/courses/sahel/', {
    headers: { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' },
  });
  return {
    url: server.url,
    file: pathToFileURL(single).href,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
