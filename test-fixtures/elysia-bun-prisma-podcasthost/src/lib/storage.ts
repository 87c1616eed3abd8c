import { S3Client } from 'bun'

const s3 = new S3Client({
  bucket: Bun.env.S3_BUCKET,
  accessKeyId: Bun.env.S3_ACCESS_KEY_ID,
  secretAccessKey: Bun.env.S3_SECRET_ACCESS_KEY,
})

export async function putObject(key: string, file: Blob) {
  await s3.write(key, file)
  return key
}
