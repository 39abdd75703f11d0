// Trunk post-build hook: moves Trunk's inline loader <script type="module">
// into its own file, so the Content-Security-Policy in index.html can forbid
// inline scripts altogether (script-src 'self').
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');
// `trunk serve` adds its live-reload script inline after this hook has run.
// Development builds (never published) allow it; release builds do not.
if (process.env.TRUNK_PROFILE !== 'release') {
  html = html.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'");
}
const inline = /<script type=("?)module\1>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('index.html has an inline script this hook does not recognise');
  fs.writeFileSync(file, html);
  process.exit(0);
}
const code = match[2];
const name = `loader-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dir, name), code);
const integrity = `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`;
fs.writeFileSync(file, html.replace(inline, `<script type="module" src="./${name}" integrity="${integrity}"></script>`));
