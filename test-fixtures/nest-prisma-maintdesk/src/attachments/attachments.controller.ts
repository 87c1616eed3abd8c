import { BadRequestException, Controller, Get, NotFoundException, Param, Post, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ThrottlerGuard } from '@nestjs/throttler';
import { diskStorage } from 'multer';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { PrismaService } from '../prisma/prisma.service';

const ALLOWED_MIME = new Set(['image/jpeg', 'image/png', 'application/pdf']);

@Controller()
@UseGuards(ThrottlerGuard)
export class AttachmentsController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-rate-limit, missing-input-validation
  @Post('work-orders/:id/attachments')
  // ok: unrestricted-upload
  @UseInterceptors(
    FileInterceptor('file', {
      storage: diskStorage({ destination: './uploads/attachments' }),
      limits: { fileSize: 15 * 1024 * 1024 },
      fileFilter: (_req, file, cb) =>
        ALLOWED_MIME.has(file.mimetype) ? cb(null, true) : cb(new BadRequestException('Unsupported file type'), false),
    }),
  )
  async upload(@CurrentUser() user: AuthUser, @Param('id') workOrderId: string, @UploadedFile() file: Express.Multer.File) {
    // ok: unscoped-tenant-query
    const order = await this.prisma.workOrder.findFirst({ where: { id: workOrderId, companyId: user.companyId } });
    if (!order) throw new NotFoundException();
    return this.prisma.attachment.create({
      data: { companyId: user.companyId, workOrderId: order.id, path: file.path, mimeType: file.mimetype },
    });
  }

  // ok: missing-auth
  @Get('attachments/:id')
  async findOne(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    const attachment = await this.prisma.attachment.findUnique({ where: { id } });
    if (!attachment) throw new NotFoundException();
    return attachment;
  }
}
