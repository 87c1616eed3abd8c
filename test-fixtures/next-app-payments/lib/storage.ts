export async function put(key: string, file: Blob): Promise<string> {
  const res = await fetch(`${process.env.STORAGE_URL}/${key}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${process.env.STORAGE_TOKEN}` },
    body: file,
  });
  if (!res.ok) throw new Error(`storage put failed: ${res.status}`);
  return `${process.env.STORAGE_PUBLIC_URL}/${key}`;
}
