export async function uploadToBucket(key: string, file: File): Promise<string> {
  const res = await fetch(`${process.env.BUCKET_URL}/${key}`, { method: 'PUT', body: await file.arrayBuffer() });
  if (!res.ok) throw new Error(`bucket upload failed with ${res.status}`);
  return `${process.env.PUBLIC_ASSET_URL}/${key}`;
}
