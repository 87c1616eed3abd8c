import { BadRequestException, Controller, Delete, Get, Param, Post, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { DocumentsService } from './documents.service';

const ALLOWED = ['application/pdf', 'image/png', 'image/jpeg'];

@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.documents.get(user, id);
  }

  // ok: missing-rate-limit
  @Post('projects/:projectId/upload')
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 20, ttl: 60_000 } })
  // ok: unrestricted-upload
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: 10 * 1024 * 1024 },
      fileFilter: (_req, file, cb) =>
        ALLOWED.includes(file.mimetype) ? cb(null, true) : cb(new BadRequestException('unsupported file type'), false),
    }),
  )
  upload(@CurrentUser() user: AuthUser, @Param('projectId') projectId: string, @UploadedFile() file: Express.Multer.File) {
    return this.documents.store(user, projectId, file);
  }

  @Roles('owner')
  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.documents.remove(id);
  }
}
