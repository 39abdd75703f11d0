// Files a user brings: written to a fresh temporary folder for an upload.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Writes `text` as `name` in a new temporary folder; returns the file's path. */
export async function writeTemp(name, text) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'multitrack-'));
  const file = path.join(dir, name);
  await fs.writeFile(file, text);
  return file;
}
