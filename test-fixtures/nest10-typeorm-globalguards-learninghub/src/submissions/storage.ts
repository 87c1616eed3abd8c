import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });

export async function putObject(key: string, body: Buffer) {
  await s3.send(new PutObjectCommand({ Bucket: process.env.SUBMISSIONS_BUCKET, Key: key, Body: body }));
}
