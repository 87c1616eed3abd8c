import { BadRequestException } from '@nestjs/common';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export function imageFilter(_req: unknown, file: Express.Multer.File, cb: (error: Error | null, accept: boolean) => void) {
  if (!IMAGE_TYPES.includes(file.mimetype)) return cb(new BadRequestException('PNG, JPEG or WebP only'), false);
  cb(null, true);
}
