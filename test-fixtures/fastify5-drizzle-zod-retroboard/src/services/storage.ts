export async function putObject(key: string, body: Buffer, contentType: string): Promise<void> {
  const res = await fetch(`${process.env.STORAGE_URL}/${encodeURIComponent(key)}`, {
    method: 'PUT',
    headers: { 'content-type': contentType },
    body,
  });
  if (!res.ok) throw new Error(`storage upload failed: ${res.status}`);
}
