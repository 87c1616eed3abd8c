import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION });

export async function putObject(key: string, body: Uint8Array, contentType: string) {
  await s3.send(new PutObjectCommand({ Bucket: process.env.DOCS_BUCKET!, Key: key, Body: body, ContentType: contentType }));
}

export async function zipDocuments(keys: string[]): Promise<string> {
  // hands the keys to the zipper lambda and returns a presigned URL
  const res = await fetch(process.env.ZIPPER_URL!, { method: 'POST', body: JSON.stringify({ keys }) });
  const { url } = (await res.json()) as { url: string };
  return url;
}
