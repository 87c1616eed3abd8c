import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

// local MinIO for docker-compose; production reads the instance role
const devCredentials = {
  // ok: hardcoded-secret
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  // expect: hardcoded-secret
  secretAccessKey: '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',
};

export const s3 = new S3Client({
  region: 'eu-west-1',
  endpoint: process.env.S3_ENDPOINT,
  credentials: process.env.NODE_ENV === 'production' ? undefined : devCredentials,
});

export async function putObject(key: string, body: Buffer, contentType: string) {
  await s3.send(new PutObjectCommand({ Bucket: process.env.S3_BUCKET ?? 'bidroom-docs', Key: key, Body: body, ContentType: contentType }));
  return key;
}
