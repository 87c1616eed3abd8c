import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });
const Bucket = process.env.S3_BUCKET!;

export async function putFile(key: string, file: File) {
  await s3.send(new PutObjectCommand({ Bucket, Key: key, Body: Buffer.from(await file.arrayBuffer()), ContentType: file.type }));
  return key;
}

export function signedDownloadUrl(key: string) {
  return getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: key }), { expiresIn: 300 });
}
