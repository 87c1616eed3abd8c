import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const ROOT = process.env.UPLOAD_ROOT ?? '/var/lib/grantsdesk/uploads';

export async function putObject(key: string, data: Buffer): Promise<string> {
  const target = join(ROOT, key);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, data);
  return key;
}
