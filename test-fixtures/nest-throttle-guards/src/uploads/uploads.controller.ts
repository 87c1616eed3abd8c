import { Controller, Post, Req, UploadedFile, UseGuards, UseInterceptors, BadRequestException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { FileInterceptor } from '@nestjs/platform-express';
import { Throttle } from '@nestjs/throttler';
import { PrismaService } from '../prisma/prisma.service';

const imagesOnly = (_req: unknown, file: { mimetype: string }, cb: (err: Error | null, ok: boolean) => void) =>
  file.mimetype.startsWith('image/') ? cb(null, true) : cb(new BadRequestException('images only'), false);

@Controller('uploads')
@UseGuards(AuthGuard('jwt'))
export class UploadsController {
  constructor(private readonly prisma: PrismaService) {}

  // expect: missing-rate-limit
  @Post('avatar')
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 2 * 1024 * 1024 }, fileFilter: imagesOnly }))
  saveAvatar(@Req() req: { user: { id: string } }, @UploadedFile() file: { buffer: Buffer; mimetype: string }) {
    return this.prisma.avatar.upsert({
      where: { userId: req.user.id },
      create: { userId: req.user.id, mimetype: file.mimetype, data: file.buffer },
      update: { mimetype: file.mimetype, data: file.buffer },
    });
  }
}
