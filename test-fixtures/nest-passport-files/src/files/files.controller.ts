import {
  Controller,
  FileTypeValidator,
  MaxFileSizeValidator,
  Param,
  ParseFilePipe,
  Post,
  Req,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ThrottlerGuard } from '@nestjs/throttler';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { PrismaService } from '../prisma.service';

@Controller('files')
@UseGuards(JwtAuthGuard)
export class FilesController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-rate-limit
  @Post('records/:recordId')
  @UseGuards(ThrottlerGuard)
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  async attach(
    @Param('recordId') recordId: string,
    @UploadedFile(
      new ParseFilePipe({
        validators: [new MaxFileSizeValidator({ maxSize: 10 * 1024 * 1024 }), new FileTypeValidator({ fileType: /(pdf|png|jpe?g)$/ })],
      }),
    )
    file: Express.Multer.File,
    @Req() req: { user: { userId: string } },
  ) {
    return this.prisma.attachment.create({ data: { recordId, ownerId: req.user.userId, name: file.originalname, size: file.size } });
  }

  // expect: missing-rate-limit
  @Post('avatar')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('avatar'))
  async avatar(@UploadedFile() file: Express.Multer.File, @Req() req: { user: { userId: string } }) {
    await this.prisma.user.update({ where: { id: req.user.userId }, data: { avatar: file.filename } });
    return { ok: true };
  }
}
