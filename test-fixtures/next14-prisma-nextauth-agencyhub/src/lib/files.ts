const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export class UploadRejected extends Error {}

/** Throws unless the upload is an image of a sane size. */
export function assertImageUpload(file: File) {
  if (file.size > MAX_IMAGE_BYTES) throw new UploadRejected('Images must be under 8 MB');
  if (!IMAGE_TYPES.includes(file.type)) throw new UploadRejected('PNG, JPEG or WebP only');
}
