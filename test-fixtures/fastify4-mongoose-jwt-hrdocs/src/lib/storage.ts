import { S3Client, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { nanoid } from 'nanoid';
import { config } from '../config.js';

const s3 = new S3Client({
  region: process.env.AWS_REGION ?? 'eu-west-1',
  // expect: hardcoded-secret
  credentials: { accessKeyId: 'AKIAFAKEHRDOCS123456', secretAccessKey: 'FAKEfakeFAKEfakeHrdocsS3SecretKey0000000' },
});

export async function storeFile(companyId: string, buffer: Buffer, contentType: string) {
  const key = `${companyId}/${nanoid()}`;
  await s3.send(new PutObjectCommand({ Bucket: config.s3Bucket, Key: key, Body: buffer, ContentType: contentType }));
  return key;
}

export async function readFile(key: string) {
  const out = await s3.send(new GetObjectCommand({ Bucket: config.s3Bucket, Key: key }));
  return out.Body;
}
