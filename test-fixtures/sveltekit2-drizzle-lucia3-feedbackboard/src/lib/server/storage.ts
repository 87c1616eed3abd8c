import { env } from '$env/dynamic/private';

export async function storeFile(key: string, file: File): Promise<string> {
  const res = await fetch(`${env.STORAGE_ENDPOINT}/${key}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${env.STORAGE_TOKEN}`, 'content-type': file.type },
    body: await file.arrayBuffer(),
  });
  if (!res.ok) throw new Error(`storage responded ${res.status}`);
  return `${env.STORAGE_PUBLIC_URL}/${key}`;
}
