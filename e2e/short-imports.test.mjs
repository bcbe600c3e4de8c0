// The build's renaming of the main wasm's imports (scripts/short-imports.mjs), on a small module
// written here byte by byte, and on the real build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renameImports, renameInGlue, shortName } from '../scripts/short-imports.mjs';
import { DIST } from './helpers.mjs';

const fail = (message) => {
  throw new Error(message);
};

/** A module importing two functions from `glue`, a memory from `env`, and exporting nothing. */
function tinyModule() {
  const str = (s) => [s.length, ...Buffer.from(s)];
  const imports = [
    3,
    ...str('glue'), ...str('__wbg_alert_0123456789abcdef'), 0, 0,
    ...str('env'), ...str('memory'), 2, 0, 1,
    ...str('glue'), ...str('__wbg_log_fedcba9876543210'), 0, 0,
  ];
  const types = [1, 0x60, 0, 0]; // one type: () -> ()
  return Uint8Array.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, types.length, ...types,
    2, imports.length, ...imports,
  ]);
}

describe('short import names', () => {
  test('the imports of the glue get short names; others keep theirs; the module stays valid', () => {
    const { bytes, renamed } = renameImports(tinyModule(), 'glue', fail);
    const names = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => `${i.module}.${i.name}`);
    assert.deepEqual(names, ['glue.a', 'env.memory', 'glue.b']);
    assert.deepEqual([...renamed], [['__wbg_alert_0123456789abcdef', 'a'], ['__wbg_log_fedcba9876543210', 'b']]);
  });

  test('the glue keys follow, and a name it uses elsewhere stops the build', () => {
    const { renamed } = renameImports(tinyModule(), 'glue', fail);
    const glue = 'const g = {\n  __wbg_alert_0123456789abcdef: function() {},\n  __wbg_log_fedcba9876543210: () => 1,\n};';
    assert.equal(renameInGlue(glue, renamed, fail), 'const g = {\n  a: function() {},\n  b: () => 1,\n};');
    assert.throws(() => renameInGlue(`${glue} g.__wbg_log_fedcba9876543210();`, renamed, fail), /found it 2 times/);
    assert.throws(() => renameInGlue('const g = {};', renamed, fail), /found it 0 times/);
  });

  test('names are distinct identifiers', () => {
    const names = Array.from({ length: 3000 }, (_, i) => shortName(i));
    assert.equal(new Set(names).size, names.length);
    assert.ok(names.every((n) => /^[a-zA-Z]+$/.test(n)));
    assert.deepEqual([shortName(0), shortName(51), shortName(52)], ['a', 'Z', 'aa']);
  });

  test('the release build imports nothing under its long name', async () => {
    const pkg = (await readdir(DIST)).find((f) => f.startsWith('pkg-'));
    const wasm = await readFile(join(DIST, pkg, 'sahel-explainer_bg.wasm'));
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
    assert.ok(imports.length > 100);
    const long = imports.filter((i) => i.module.endsWith('_bg.js') && i.name.length > 3);
    assert.deepEqual(long, []);
  });
});
