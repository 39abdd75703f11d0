// Where the wasm's bytes go, by crate (and by module for this app's own
// code), for the start module and each part: what to cut next.
//
// It splits cargo's last release build (the one scripts/build-wasm.mjs made,
// which still has its function names) again into a scratch folder, runs
// `wasm-opt -Oz -g` on each module (names kept), and sums each function's
// body, raw and brotli-compressed on its own, under the module of this app
// its (v0-mangled) name mentions, so a view's closures and
// the generic rendering and signal code instantiated for its types count
// under that view; other code under its crate. Data (the content, text) is
// one line per module. The `__wbindgen_describe` functions are counted
// though wasm-bindgen removes them: the shipped modules are smaller.
//
// Usage: npm run bench:wasm   (it builds what it profiles; fast after `trunk build --release --offline`)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { brotli } from '../tests/e2e/support/first_load.mjs';
import { WASM_OPT_FEATURES, splitBuild } from '../scripts/wasm-opt-features.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = process.env.CARGO_TARGET_DIR ?? path.join(os.homedir(), '.cache', 'multitrack-target');
const built = path.join(target, 'wasm32-unknown-unknown', 'release', 'multitrack.wasm');
const TOP = Number(process.env.TOP ?? 16);

/** The sections of a wasm module, and from them each function's body and name. */
function functions(buffer) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = buffer[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
  const skip = () => { const n = leb(); p += n; };
  let imported = 0, data = Buffer.alloc(0);
  const bodies = [], names = new Map();
  while (p < buffer.length) {
    const id = buffer[p++], size = leb(), start = p, end = start + size;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        skip(); skip();
        const kind = buffer[p++];
        if (kind === 0) { leb(); imported++; }
        else if (kind === 1) { p++; const flags = buffer[p++]; leb(); if (flags & 1) leb(); }
        else if (kind === 2) { const flags = buffer[p++]; leb(); if (flags & 1) leb(); }
        else p += 2;
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) { const len = leb(); bodies.push(buffer.subarray(p, p + len)); p += len; }
    } else if (id === 11) {
      data = buffer.subarray(start, end);
    } else if (id === 0) {
      const nameLen = leb();
      if (buffer.subarray(p, p + nameLen).toString() === 'name') {
        p += nameLen;
        while (p < end) {
          const sub = buffer[p++], subEnd = leb() + p;
          if (sub === 1) for (let n = leb(); n > 0; n--) { const index = leb(), len = leb(); names.set(index, buffer.subarray(p, p + len).toString()); p += len; }
          p = subEnd;
        }
      }
    }
    p = end;
  }
  return { data, list: bodies.map((body, i) => ({ body, name: names.get(imported + i) ?? '?' })) };
}

// This app's modules, by top folder: a function whose (v0-mangled) name
// mentions one's path (`5views8timeline4page` for views::timeline::page) is
// counted under it, generic code of other crates included.
function modulesBelow(dir) {
  const out = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(root, 'src', rel), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(rel, entry.name));
      else if (entry.name.endsWith('.rs') && entry.name !== 'tests.rs') {
        const segments = [...rel.split(path.sep), entry.name.slice(0, -3)].filter((s) => s !== 'mod');
        const mangled = segments.map((s) => `${s.length}${s}`).join('');
        out.push([segments.join('::'), new RegExp(`(^|[^0-9])${mangled}`, 'g')]);
      }
    }
  };
  walk(dir);
  return out;
}
const APP_MODULES = ['views', 'browser', 'model'].map((dir) => [dir, modulesBelow(dir)]);

/** The module of this app a name mentions most, folders in the order above. */
function appModule(name) {
  for (const [dir, list] of APP_MODULES) {
    let best = null, most = 0;
    for (const [m, re] of list) {
      const n = name.match(re)?.length ?? 0;
      if (n > most || (n === most && n > 0 && m.length > best.length)) [best, most] = [m, n];
    }
    if (best) return best;
  }
  return null;
}

/**
 * Who a function is for: this app's module that its name mentions (a view's
 * closures, and the generic rendering and signal code instantiated for it),
 * else the crate it belongs to.
 */
function owner(name) {
  if (name.startsWith('_R') && name.includes('10multitrack')) return appModule(name) ?? 'multitrack (generic code shared by its views)';
  if (name.startsWith('_ZN')) {
    const segments = [];
    for (let p = 3; /[0-9]/.test(name[p]);) {
      let len = '';
      while (/[0-9]/.test(name[p])) len += name[p++];
      segments.push(name.substr(p, Number(len)));
      p += Number(len);
    }
    let first = segments[0] ?? '?';
    if (first.startsWith('_')) first = first.replace(/\$[A-Za-z0-9]+\$/g, ' ').replace(/\.\./g, '::').match(/([a-z_][a-z0-9_]*)::/)?.[1] ?? first;
    return first === 'multitrack' ? ['multitrack', ...segments.slice(1, 3).filter((s) => !/^h[0-9a-f]{16}$/.test(s))].join('::') : first;
  }
  const v0 = name.match(/Cs[A-Za-z0-9]+_(\d+)/);
  if (name.startsWith('_R') && v0) return name.substr(name.indexOf(v0[0]) + v0[0].length, Number(v0[1]));
  return name.startsWith('__wbindgen') ? 'wasm-bindgen glue (removed by wasm-bindgen)' : 'other';
}

// The release build ends with the one-file edition, which has no relocations to split by.
const build = splitBuild(true);
execFileSync('cargo', build.args, { stdio: 'inherit', cwd: root, env: build.env });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'multitrack-profile-'));
execFileSync('wasm-split-cli', [built, scratch, '--out-name', 'main'], { stdio: 'ignore' });
const modules = fs.readdirSync(scratch).filter((f) => /^(main|split_.*)\.wasm$/.test(f)).sort((a, b) => (a === 'main.wasm' ? -1 : b === 'main.wasm' ? 1 : a.localeCompare(b)));
for (const file of modules) {
  const full = path.join(scratch, file);
  execFileSync(path.join(root, 'node_modules', '.bin', 'wasm-opt'), ['-Oz', '-g', ...WASM_OPT_FEATURES, full, '-o', full], { stdio: 'ignore' });
  const { data, list } = functions(fs.readFileSync(full));
  const groups = new Map();
  for (const f of list) {
    const key = owner(f.name);
    const g = groups.get(key) ?? { raw: 0, bodies: [] };
    g.raw += f.body.length;
    g.bodies.push(f.body);
    groups.set(key, g);
  }
  const rows = [...groups].map(([key, g]) => [key, g.raw, brotli(Buffer.concat(g.bodies))]).sort((a, b) => b[2] - a[2]);
  const code = rows.reduce((n, r) => n + r[1], 0);
  console.log(`\n${file === 'main.wasm' ? 'start module' : file}: ${list.length} functions, code ${code} bytes raw, data ${data.length} raw / ${brotli(data)} brotli`);
  console.log('  brotli      raw  crate or module');
  for (const [key, raw, br] of rows.slice(0, TOP)) console.log(`  ${String(br).padStart(6)} ${String(raw).padStart(8)}  ${key}`);
  if (rows.length > TOP) console.log(`  (${rows.length - TOP} more)`);
  // FUNCS=n: the module's n largest functions, to find what a crate's share is.
  if (process.env.FUNCS && (process.env.MODULE ?? 'main.wasm') === file) {
    console.log('  largest functions (raw bytes):');
    for (const f of [...list].sort((a, b) => b.body.length - a.body.length).slice(0, Number(process.env.FUNCS))) {
      console.log(`  ${String(f.body.length).padStart(8)}  ${f.name.replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\.\./g, '::').slice(0, 200)}`);
    }
  }
}
fs.rmSync(scratch, { recursive: true, force: true });
