import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { nanoid } from 'nanoid';
import type { Readable } from 'node:stream';

const ROOT = process.env.UPLOAD_DIR ?? '/var/lib/freightquotes/uploads';

export async function saveStream(workspaceId: string, filename: string, stream: Readable): Promise<string> {
  const dir = path.join(ROOT, workspaceId);
  await mkdir(dir, { recursive: true });
  const key = `${nanoid()}${path.extname(filename).toLowerCase()}`;
  await pipeline(stream, createWriteStream(path.join(dir, key)));
  return `${workspaceId}/${key}`;
}
