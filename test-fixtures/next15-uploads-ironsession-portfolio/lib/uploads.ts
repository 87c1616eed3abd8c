import { IMAGE_TYPES, MAX_UPLOAD_BYTES } from './s3';

export class UploadRejected extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
  }
}

export function assertImageUpload(file: File): void {
  if (file.size > MAX_UPLOAD_BYTES) throw new UploadRejected('File too large', 413);
  if (!IMAGE_TYPES.has(file.type)) throw new UploadRejected('Only PNG, JPEG or WebP', 415);
}
