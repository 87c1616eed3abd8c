import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });
export const BUCKET = process.env.ASSETS_BUCKET ?? 'portfolio-assets-dev';
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
export const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);
