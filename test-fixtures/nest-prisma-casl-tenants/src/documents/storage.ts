export async function putObject(key: string, body: Buffer): Promise<string> {
  const res = await fetch(`${process.env.STORAGE_URL}/${encodeURIComponent(key)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${process.env.STORAGE_TOKEN}` },
    body,
  });
  if (!res.ok) throw new Error(`storage responded ${res.status}`);
  return key;
}
