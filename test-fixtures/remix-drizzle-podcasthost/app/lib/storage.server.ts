import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

const ROOT = process.env.MEDIA_ROOT ?? '/data/media';

export async function storeBlob(teamId: string, data: Blob) {
  const key = `${teamId}/${randomUUID()}`;
  await writeFile(path.join(ROOT, key), Buffer.from(await data.arrayBuffer()));
  return key;
}

export function mediaPath(key: string) {
  return path.join(ROOT, key);
}
