// The release build must stay within its size budget: at most 200 KB
// (200,000 bytes) for every shipped file, brotli-compressed. Sizes are
// deterministic for a given build, so unlike timings this can be a test.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './support/site.mjs';

const BUDGET = 200_000;

it(`shipped files are at most ${BUDGET} bytes brotli in total`, async () => {
  const files = (await fs.readdir(DIST, { withFileTypes: true })).filter((e) => e.isFile());
  assert.ok(files.some((f) => f.name.endsWith('.wasm')), 'dist holds a wasm build');
  let total = 0;
  const sizes = [];
  for (const f of files) {
    const data = await fs.readFile(path.join(DIST, f.name));
    const brotli = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    sizes.push(`${f.name}: ${brotli}`);
    total += brotli;
  }
  assert.ok(total <= BUDGET, `total ${total} bytes brotli exceeds ${BUDGET}:\n${sizes.join('\n')}`);
});
