export async function putFile(key: string, file: File): Promise<string> {
  const res = await fetch(`${Bun.env.STORAGE_URL}/${key}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${Bun.env.STORAGE_TOKEN}`, 'content-type': file.type },
    body: await file.arrayBuffer(),
  });
  if (!res.ok) throw new Error(`storage upload failed: ${res.status}`);
  return `${Bun.env.CDN_URL}/${key}`;
}
