// Shorter names for the functions the main wasm imports from its wasm-bindgen glue.
//
// wasm-bindgen names each import after the web API it wraps plus a 16-digit hash
// (`__wbg_set_innerHTML_a9d3a267967b5117`). The names appear twice in what every reader downloads,
// in the wasm's import section and as keys in the glue, and the hashes do not compress: about
// 160 of them cost a few kilobytes gzipped. Renaming them to `a`, `b`, … in both files changes
// nothing else: the glue looks its functions up by these keys only.

/** Reads an unsigned LEB128 number at `at`; returns `[value, next]`. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value |= (b & 0x7f) << shift;
    if (b < 0x80) return [value >>> 0, at];
    shift += 7;
  }
}

function writeU32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value >>>= 7;
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return out;
}

/** `a`, `b`, … `z`, `A` … `Z`, then `aa`, `ab`, …: short keys that are plain identifiers. */
export function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[i % letters.length] + name;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return name;
}

/**
 * Renames the imports of `module` in the wasm `bytes`. Returns the new bytes and the renaming
 * (old name → new name). Fails on anything it does not understand rather than guess.
 */
export function renameImports(bytes, module, fail) {
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    fail('short-imports: not a wasm module');
  }
  const renamed = new Map();
  const out = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readU32(bytes, at + 1);
    const end = body + size;
    if (id !== 2) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    const section = [];
    let [count, p] = readU32(bytes, body);
    section.push(...writeU32(count));
    const name = () => {
      const [len, start] = readU32(bytes, p);
      p = start + len;
      return dec.decode(bytes.subarray(start, p));
    };
    const put = (s) => {
      const b = enc.encode(s);
      section.push(...writeU32(b.length), ...b);
    };
    for (let i = 0; i < count; i++) {
      const mod = name();
      const field = name();
      const descStart = p;
      const kind = bytes[p++];
      if (kind === 0) [, p] = readU32(bytes, p); // function: type index
      else if (kind === 1 || kind === 2) {
        if (kind === 1) p++; // table: element type
        const flags = bytes[p++];
        [, p] = readU32(bytes, p);
        if (flags & 1) [, p] = readU32(bytes, p);
      } else if (kind === 3) p += 2; // global: value type, mutability
      else fail(`short-imports: unknown import kind ${kind} for ${mod}.${field}`);
      put(mod);
      if (mod === module) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        put(renamed.get(field));
      } else {
        put(field);
      }
      section.push(...bytes.subarray(descStart, p));
    }
    if (p !== end) fail('short-imports: the import section has bytes it does not expect');
    out.push(Uint8Array.of(2, ...writeU32(section.length)), Uint8Array.from(section));
    at = end;
  }
  const total = out.reduce((n, b) => n + b.length, 0);
  const result = new Uint8Array(total);
  let o = 0;
  for (const b of out) {
    result.set(b, o);
    o += b.length;
  }
  return { bytes: result, renamed };
}

/** The glue with each renamed import's key changed to match; every old name must be found. */
export function renameInGlue(js, renamed, fail) {
  for (const [old, short] of renamed) {
    // Exactly once, as a key: a name used anywhere else would need renaming there too.
    const uses = js.split(old).length - 1;
    const key = new RegExp(`(^|[\\s,{])${old.replace(/\$/g, '\\$')}(\\s*:)`, 'm');
    if (uses !== 1 || !key.test(js)) fail(`short-imports: expected ${old} once, as a key in the glue; found it ${uses} times`);
    js = js.replace(key, `$1${short}$2`);
  }
  return js;
}
