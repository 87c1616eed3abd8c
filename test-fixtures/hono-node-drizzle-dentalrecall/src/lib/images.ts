import { writeFile } from 'node:fs/promises';

export async function putImage(key: string, data: ArrayBuffer, contentType: string) {
  const ext = contentType === 'image/png' ? 'png' : 'jpg';
  const path = `/srv/dentalrecall/images/${key}.${ext}`;
  await writeFile(path, Buffer.from(data));
  return `/images/${key}.${ext}`;
}
