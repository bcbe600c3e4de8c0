// The cross-engine smoke suite (issue 19): the same scenarios (scenarios.mjs) in Chromium,
// Firefox ESR and WebKitGTK (Safari's engine), against the release build in dist/. Run by
// scripts/test.sh; `SMOKE_ENGINES=firefox,webkit node --test e2e/engines/` runs some of them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerKey } from '../helpers.mjs';
import { engines } from './engines.mjs';
import { Reader } from './reader.mjs';
import { scenarios } from './scenarios.mjs';
import { startSite } from './site.mjs';

const key = answerKey();
let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

for (const engine of engines()) {
  describe(engine.name, () => {
    before(async () => {
      await engine.start();
      console.log(`# ${engine.name}: ${engine.version}`);
    });
    after(() => engine.stop());

    for (const scenario of scenarios) {
      test(scenario.name, async () => {
        const reader = new Reader(engine, site);
        try {
          await scenario.run(reader, { key, site });
          assert.deepEqual(await reader.problems(), [], 'no error and no policy violation');
        } finally {
          await reader.close();
        }
      });
    }
  });
}
