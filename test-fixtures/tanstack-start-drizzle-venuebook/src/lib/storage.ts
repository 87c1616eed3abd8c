import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });

export async function put(key: string, body: ArrayBuffer, contentType: string) {
  await s3.send(new PutObjectCommand({ Bucket: process.env.PHOTOS_BUCKET!, Key: key, Body: new Uint8Array(body), ContentType: contentType }));
}
