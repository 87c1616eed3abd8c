import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const UPLOAD_DIR = import.meta.env.UPLOAD_DIR ?? './uploads';

export async function putObject(key: string, bytes: ArrayBuffer) {
  await writeFile(join(UPLOAD_DIR, key), Buffer.from(bytes));
  return key;
}
