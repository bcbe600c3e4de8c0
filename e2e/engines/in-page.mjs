// What the smoke tests read and find inside the page, the same way in every engine: elements by
// role and accessible name, as assistive technology and a reader see them, never by class or
// markup. A query is `{ role, name, href }`: the role (explicit, or implied by the element), the
// accessible name (exact, or a `pattern`), and for links the address they point to; all but the
// role optional. `inPage` is sent to the page as source text (so it must not refer to anything
// outside itself); `call` builds the expression an engine adapter evaluates.

/** The source of one call into the page: `name` with `args` (plain data; see `pattern`). */
export const call = (name, ...args) => `(${inPage})().${name}(...${JSON.stringify(args)})`;

/** A name to match by regular expression, in a form that survives JSON. */
export const pattern = (re) => ({ re: re.source, flags: re.flags });

function inPage() {
  const IMPLICIT = {
    A: (e) => (e.hasAttribute('href') ? 'link' : null),
    BUTTON: () => 'button',
    H1: () => 'heading',
    H2: () => 'heading',
    H3: () => 'heading',
    H4: () => 'heading',
    OL: () => 'list',
    UL: () => 'list',
    LI: () => 'listitem',
    FIELDSET: () => 'group',
    MAIN: () => 'main',
    SECTION: (e) => (e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby') ? 'region' : null),
    NAV: () => 'navigation',
    DIALOG: () => 'dialog',
    INPUT: (e) => ({ checkbox: 'checkbox', radio: 'radio', range: 'slider', button: 'button', submit: 'button' })[e.type] ?? 'textbox',
  };
  // SVG's <a> has an upper-case tagName only in HTML; normalise.
  const roleOf = (e) => e.getAttribute('role')?.split(' ')[0] || IMPLICIT[e.tagName.toUpperCase()]?.(e) || null;
  const clean = (s) => s.replace(/\s+/g, ' ').trim();
  const hidden = (e) => e.getAttribute?.('aria-hidden') === 'true' || (e.nodeType === 1 && getComputedStyle(e).display === 'none');
  // Text as a screen reader gets it from content: without what is hidden from it.
  const contentText = (node) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1 || hidden(node)) return '';
    if (node.getAttribute('aria-label')) return ` ${node.getAttribute('aria-label')} `;
    return [...node.childNodes].map(contentText).join('');
  };
  const nameOf = (e) => {
    const by = e.getAttribute('aria-labelledby');
    if (by) return clean(by.split(/\s+/).map((id) => contentText(document.getElementById(id) ?? document.createElement('i'))).join(' '));
    if (e.getAttribute('aria-label')) return clean(e.getAttribute('aria-label'));
    if (e.labels?.length) return clean([...e.labels].map(contentText).join(' '));
    if (e.tagName === 'FIELDSET') return clean(contentText(e.querySelector(':scope > legend') ?? document.createElement('i')));
    const title = [...e.children].find((c) => c.tagName.toLowerCase() === 'title');
    if (title) return clean(title.textContent);
    return clean(contentText(e));
  };
  const matches = (name, want) => (typeof want === 'string' ? name === want : new RegExp(want.re, want.flags).test(name));
  // Drawn, and not hidden from assistive technology. checkVisibility also sees content hidden by an
  // ancestor's content-visibility (a closed section is hidden="until-found").
  const visible = (e) => e.checkVisibility({ visibilityProperty: true }) && !e.closest('[aria-hidden="true"]');
  /** What a disclosure button shows (its aria-controls): whether any of its text is drawn, and that text. */
  const controlled = (e) => {
    const target = e.getAttribute('aria-controls') && document.getElementById(e.getAttribute('aria-controls'));
    if (!target) return null;
    const shown = [...target.querySelectorAll('*')].some((c) => visible(c) && /\S/.test(c.textContent));
    return { shown, text: shown ? clean(target.innerText) : '' };
  };
  /** Every visible element with this role (and name, if given), in document order. */
  const all = ({ role, name, href }) =>
    [...document.querySelectorAll('*')].filter(
      (e) =>
        roleOf(e) === role &&
        visible(e) &&
        (name === undefined || matches(nameOf(e), name)) &&
        (href === undefined || e.getAttribute('href') === href),
    );
  const one = (query) => {
    const found = all(query);
    if (found.length > 1) throw new Error(`${found.length} elements match ${JSON.stringify(query)}`);
    return found[0] ?? null;
  };
  const describe = (e) =>
    e && {
      name: nameOf(e),
      text: clean(e.innerText ?? e.textContent),
      expanded: e.getAttribute('aria-expanded'),
      current: e.getAttribute('aria-current'),
      checked: e.checked ?? null,
      disabled: !!e.disabled,
      href: e.getAttribute('href'),
      controls: controlled(e),
      rect: e.getBoundingClientRect().toJSON(),
    };
  /** The boxes, one a line, of the first text inside `e` (not only white space). */
  const firstTextLines = (e) => {
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, { acceptNode: (t) => (/\S/.test(t.data) ? 1 : 3) });
    const range = document.createRange();
    range.selectNodeContents(walker.nextNode());
    return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.toJSON());
  };

  return {
    started: () => !!document.getElementById('view-heading') && !document.getElementById('first-view-note'),
    location: () => location.href,
    lang: () => document.documentElement.lang,
    scrollY: () => scrollY,
    viewport: () => ({ width: innerWidth, height: innerHeight }),
    get: (query) => describe(one(query)),
    names: (query) => all(query).map(nameOf),
    count: (query) => all(query).length,
    /**
     * A point on screen where a click lands on the element (or inside it), once it has been
     * scrolled into view at once and has stayed put for two frames (a smooth scroll, say to a
     * deep-linked section, would move it away before the click comes); null if it is not there
     * yet or no part of it is uncovered. Map shapes are not rectangles: a grid finds a point.
     */
    pointOn: async (query) => {
      const e = one(query);
      if (!e || e.disabled) return null;
      e.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const before = JSON.stringify(e.getBoundingClientRect());
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      const r = e.getBoundingClientRect();
      if (JSON.stringify(r) !== before) return null;
      for (const [fx, fy] of [[0.5, 0.5], ...Array.from({ length: 81 }, (_, i) => [((i % 9) + 1) / 10, (Math.floor(i / 9) + 1) / 10])]) {
        const x = Math.round(r.left + r.width * fx);
        const y = Math.round(r.top + r.height * fy);
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === e || e.contains(hit) || hit.control === e)) return { x, y };
      }
      return null;
    },
    /** Everything the probe (served with the page) recorded: errors and policy violations. */
    problems: () => window.__smokeProbe?.problems.slice() ?? ['the probe did not run: nothing was recorded'],
    takeProblems: () => window.__smokeProbe.problems.splice(0),
    clearStorage: () => {
      try {
        localStorage.clear();
        sessionStorage.clear();
      } catch {
        // file:// pages may have no storage in some engines: nothing to clear then.
      }
    },
    /** Tries to run an inline script, which a strict Content-Security-Policy must block. */
    injectInlineScript: () => {
      const s = document.createElement('script');
      s.textContent = 'window.__smokeInjected = true';
      document.head.append(s);
      return window.__smokeInjected === true;
    },
    /**
     * For each item of the list that holds `query` (the ordering question's "Move up" buttons):
     * where its number is drawn and where its text starts. The number is the list marker, which
     * no script can measure, so an empty inline is put where the marker sits (the start of the
     * item's first line) for a moment.
     */
    listItemLines: (query) =>
      all(query).map((button) => {
        let item = button.parentElement;
        while (item && roleOf(item) !== 'listitem') item = item.parentElement;
        const mark = document.createElement('span');
        mark.textContent = '\u200b';
        item.prepend(mark);
        const number = mark.getBoundingClientRect().toJSON();
        mark.remove();
        const lines = firstTextLines(item);
        return { name: nameOf(button), number, text: lines[0], textLines: new Set(lines.map((r) => Math.round(r.top))).size };
      }),
    /**
     * For each checkbox whose label ends with a count, "(12)": the label's name part and the
     * count, each as the boxes of its text, so a test can see where the count sits.
     */
    labelCounts: (query) =>
      all(query).map((box) => {
        const label = box.labels[0];
        const text = label.textContent;
        const at = text.search(/\(\d+\)\s*$/);
        const boxesOf = (from, to) => {
          // Character offsets in the label's text, mapped back onto its text nodes.
          const rects = [];
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
          let offset = 0;
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const start = Math.max(from - offset, 0);
            const end = Math.min(to - offset, t.data.length);
            if (start < end) {
              const range = document.createRange();
              range.setStart(t, start);
              range.setEnd(t, end);
              rects.push(...[...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.toJSON()));
            }
            offset += t.data.length;
          }
          return rects;
        };
        const nameEnd = text.slice(0, at).trimEnd().length;
        return { name: nameOf(box), words: boxesOf(0, nameEnd), count: boxesOf(at, at + text.slice(at).trimEnd().length) };
      }),
  };
}
