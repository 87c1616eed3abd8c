import { randomUUID } from 'crypto';
import { createReadStream, ReadStream } from 'fs';
import { mkdir, rm, writeFile } from 'fs/promises';
import { join, resolve } from 'path';

const UPLOAD_ROOT = resolve(process.env.UPLOAD_DIR ?? './uploads');

/** Persists an uploaded buffer under a server-generated key and returns the key. */
export async function storeUpload(buffer: Buffer): Promise<string> {
  const key = randomUUID();
  await mkdir(UPLOAD_ROOT, { recursive: true });
  await writeFile(join(UPLOAD_ROOT, key), buffer, { flag: 'wx' });
  return key;
}

export function openUpload(key: string): ReadStream {
  return createReadStream(join(UPLOAD_ROOT, key));
}

export async function deleteUpload(key: string): Promise<void> {
  await rm(join(UPLOAD_ROOT, key), { force: true });
}
