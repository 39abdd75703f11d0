// A static file server that publishes a folder under a sub-path, as a school
// web host would (https://host/course/multitrack/). Anything requested outside
// that folder is answered 404 and recorded, so a test can prove the build uses
// only relative URLs.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export const BASE = '/course/multitrack/';

/**
 * `bases` publishes the same folder under several sub-paths of one origin
 * (two copies of the guide on one host). `gzip: true` compresses answers for clients that accept it, as most static
 * hosts do (GitHub Pages, say): the benchmark's Lighthouse runs need it, or
 * they report transfer sizes no user sees.
 */
export async function serveFolder(root, { base = BASE, bases = [base], gzip = false } = {}) {
  const absRoot = path.resolve(root);
  const misses = [];
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const decoded = decodeURIComponent(pathname);
    const folder = bases.find((b) => decoded === b.slice(0, -1) || decoded.startsWith(b));
    if (folder && decoded === folder.slice(0, -1)) {
      res.writeHead(301, { Location: folder });
      return res.end();
    }
    if (!folder) {
      misses.push(decoded);
      res.writeHead(404);
      return res.end('outside the published folder');
    }
    const file = path.join(absRoot, decoded.slice(folder.length) || 'index.html');
    if (!file.startsWith(absRoot)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      let body = await fs.readFile(file);
      const headers = {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && path.extname(file) !== '.png') {
        body = zlib.gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      misses.push(decoded);
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + bases[0],
    urls: bases.map((b) => origin + b),
    misses,
    // Open keep-alive connections would hold `close` (and a test that stops
    // the server to go offline) until they time out.
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}
