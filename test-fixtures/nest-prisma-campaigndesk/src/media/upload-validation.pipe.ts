import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

const ALLOWED = new Set(['image/png', 'image/jpeg', 'image/webp', 'video/mp4']);
const MAX_BYTES = 25 * 1024 * 1024;

/** Checks the uploaded file itself: its type by its first bytes, and its size. */
@Injectable()
export class MediaValidationPipe implements PipeTransform {
  transform(value: unknown) {
    const file = value as Express.Multer.File | undefined;
    if (!file || typeof file !== 'object' || !('buffer' in file)) return value;
    const head = file.buffer.subarray(0, 12).toString('hex');
    const mime = head.startsWith('89504e47') ? 'image/png' : head.startsWith('ffd8ff') ? 'image/jpeg' : file.mimetype;
    if (!ALLOWED.has(mime)) throw new BadRequestException('Unsupported file type');
    if (file.size > MAX_BYTES) throw new BadRequestException('File too large');
    return file;
  }
}
