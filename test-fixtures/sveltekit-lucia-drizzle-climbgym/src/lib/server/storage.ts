import { env } from '$env/dynamic/private';

export async function storeFile(key: string, file: File): Promise<string> {
  const res = await fetch(`${env.STORAGE_ENDPOINT}/${key}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${env.STORAGE_TOKEN}` },
    body: await file.arrayBuffer(),
  });
  if (!res.ok) throw new Error('upload failed');
  return `${env.STORAGE_PUBLIC_URL}/${key}`;
}
