import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });

export async function putObject(key: string, body: ReadableStream<Uint8Array>) {
  const upload = new Upload({ client: s3, params: { Bucket: process.env.PHOTO_BUCKET!, Key: key, Body: body as any } });
  await upload.done();
  return key;
}
