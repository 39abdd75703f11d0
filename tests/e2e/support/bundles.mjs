// The files in each deep link's bundle (scripts/deep-link-bundles.mjs), as
// the bundle's header lists them: tests that check which parts a deep link
// fetched look inside its bundle.
import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST } from './site.mjs';

/** The wasm files (names without `.wasm`) in each bundle, by the bundle's name. */
export async function bundleContents() {
  const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
  const folder = html.match(/data-parts="\.\/([^"]+)\/"/)?.[1];
  const map = html.match(/data-preload="([^"]*)"/)?.[1] ?? '';
  const names = [...new Set(map.split(';').filter(Boolean).map((set) => set.split('=')[1]))];
  return new Map(await Promise.all(names.map(async (name) => {
    const bytes = await fs.readFile(path.join(DIST, folder, `bundle-${name}.bin`));
    const header = JSON.parse(bytes.subarray(4, 4 + bytes.readUInt32LE(0)).toString('utf8'));
    return [name, header.map(([file]) => file)];
  })));
}

/** The bundle's name in a request path (`…/bundle-<name>.bin`), if it is one. */
export function bundleNamed(url) {
  return url.match(/\/bundle-([0-9a-f]+)\.bin$/)?.[1];
}
