import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

const ROOT = process.env.UPLOAD_DIR ?? '/var/lib/rentwise/uploads';

export async function saveStream(orgId: string, stream: Readable): Promise<string> {
  const dir = join(ROOT, orgId);
  await mkdir(dir, { recursive: true });
  const key = `${orgId}/${randomUUID()}`;
  await pipeline(stream, createWriteStream(join(ROOT, key)));
  return key;
}

export function pathFor(key: string) {
  return join(ROOT, key);
}
