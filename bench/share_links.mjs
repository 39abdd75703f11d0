// Share-link length against the JSON it carries and against lz-string
// (compressToEncodedURIComponent, the usual choice for state in URLs), for a
// small, a medium and a large document. The documents and our payloads come
// from `cargo run --release --example share_lengths`.
//
// Acceptance (issue 5): the link payload at most 0.5x the JSON bytes and at
// most 0.75x lz-string's output, on every document. Exits non-zero otherwise.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import LZString from 'lz-string';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'multitrack-share-'));
execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'share_lengths', '--', out], { stdio: 'inherit' });

let ok = true;
console.log('document      JSON bytes   link chars   lz-string chars   link/JSON   link/lz-string');
for (const name of ['small', 'medium', 'large']) {
  const json = fs.readFileSync(path.join(out, `${name}.json`), 'utf8');
  const link = fs.readFileSync(path.join(out, `${name}.link`), 'utf8');
  const lz = LZString.compressToEncodedURIComponent(json);
  const toJson = link.length / Buffer.byteLength(json);
  const toLz = link.length / lz.length;
  ok &&= toJson <= 0.5 && toLz <= 0.75;
  console.log(
    `${name.padEnd(12)}${String(Buffer.byteLength(json)).padStart(11)}${String(link.length).padStart(13)}${String(lz.length).padStart(18)}` +
      `${toJson.toFixed(3).padStart(12)}${toLz.toFixed(3).padStart(17)}`,
  );
}
console.log(ok ? 'within the limits (0.5x JSON, 0.75x lz-string)' : 'OUTSIDE the limits (0.5x JSON, 0.75x lz-string)');
process.exitCode = ok ? 0 : 1;
