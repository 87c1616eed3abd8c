export async function putObject(key: string, body: Buffer, contentType: string) {
  const res = await fetch(`${process.env.STORAGE_URL}/${encodeURIComponent(key)}`, {
    method: 'PUT',
    headers: { 'content-type': contentType, 'x-storage-key': process.env.STORAGE_KEY ?? '' },
    body,
  });
  if (!res.ok) throw new Error(`storage upload failed with ${res.status}`);
}
