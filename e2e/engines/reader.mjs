// A reader at one engine's browser: opens addresses, finds things by role and name, clicks them
// where they are on screen, and waits for what should follow. Written once for every engine, on
// the adapter verbs in engines.mjs.
import assert from 'node:assert/strict';
import { call, pattern } from './in-page.mjs';

export const DESKTOP = { width: 1280, height: 900 };
// As narrow as WebKitGTK's MiniBrowser window goes with some margin (its toolbar sets a minimum
// near 450 px): a large phone held upright.
export const PHONE = { width: 480, height: 800 };
export const TABLET = { width: 640, height: 900 };

const WAIT_MS = 10_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A query as the page understands it: regular expressions become `pattern`s. */
const plain = (query) => (query.name instanceof RegExp ? { ...query, name: pattern(query.name) } : query);
const say = ({ role, name }) => `${role}${name === undefined ? '' : ` "${name instanceof RegExp ? name.source : name}"`}`;

export class Reader {
  constructor(engine, site) {
    this.engine = engine;
    this.site = site;
  }

  /** A fresh page at `address` (a hash on the served site, or a whole URL), once the app runs. */
  async open(address = '', viewport = DESKTOP) {
    this.page = await this.engine.newPage(viewport);
    this.engineErrors = [];
    await this.page.goto(/^[a-z]+:/.test(address) ? address : this.site.url + address);
    assert.deepEqual(await this.ask('viewport'), viewport, 'the page has the size asked for');
    await this.until('the app has started', 'started');
  }

  /** Calls one of the page-side functions of in-page.mjs (queries may name by RegExp). */
  ask(name, ...args) {
    return this.page.evaluate(call(name, ...args.map((a) => (a?.name instanceof RegExp ? plain(a) : a))));
  }

  /** Asks until `ok(answer)` holds, and returns that answer; says what it last saw if it never does. */
  async until(what, name, args = [], ok = (v) => v) {
    const deadline = Date.now() + WAIT_MS;
    let last;
    for (;;) {
      last = await this.ask(name, ...args);
      if (ok(last)) return last;
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}; last saw ${JSON.stringify(last)}`);
      await sleep(50);
    }
  }

  /** The one visible element with this role and name (its state and box), waiting for it to appear. */
  find(query) {
    return this.until(`${say(query)} is shown`, 'get', [plain(query)]);
  }

  /** Waits until the element with this role and name is shown and `ok(state)` holds. */
  waitFor(query, what, ok) {
    return this.until(`${say(query)} ${what}`, 'get', [plain(query)], (state) => state && ok(state));
  }

  /** Whether such an element is on screen now (no wait). */
  async has(query) {
    return (await this.ask('count', plain(query))) > 0;
  }

  names(query) {
    return this.ask('names', plain(query));
  }

  /** Clicks the element with the mouse, at a point where it is not covered. */
  async click(query) {
    const { x, y } = await this.until(`${say(query)} can be clicked`, 'pointOn', [plain(query)]);
    await this.page.clickAt(x, y);
  }

  async hash() {
    return new URL(await this.ask('location')).hash;
  }

  untilHash(what, ok) {
    return this.until(`the address ${what}`, 'location', [], (href) => ok(new URL(href).hash));
  }

  setViewport({ width, height }) {
    return this.page.setViewport(width, height);
  }

  /** Errors and policy violations so far, from the page's probe and from the engine. */
  async problems() {
    this.engineErrors.push(...this.page.errors());
    return [...(await this.ask('problems')), ...this.engineErrors];
  }

  /** The same, forgotten once read: for a scenario that causes a problem on purpose. */
  async takeProblems() {
    const problems = [...(await this.ask('takeProblems')), ...this.engineErrors, ...this.page.errors()];
    this.engineErrors = [];
    return problems;
  }

  async close() {
    if (!this.page) return;
    await this.ask('clearStorage').catch(() => {});
    await this.page.close();
    this.page = null;
  }
}
