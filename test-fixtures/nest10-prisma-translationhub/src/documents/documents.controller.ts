import {
  BadRequestException,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Redirect,
  UploadedFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor, FilesInterceptor } from '@nestjs/platform-express';
import { SkipThrottle } from '@nestjs/throttler';
import { AuthUser, CurrentUser, Public } from '../common/decorators';
import { DocumentsService } from './documents.service';

const SOURCE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/x-xliff+xml',
  'text/plain',
];

@Controller('projects/:projectId/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  // ok: missing-rate-limit, missing-auth
  @Post()
  // ok: unrestricted-upload
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: 25 * 1024 * 1024 },
      fileFilter: (_req, file, cb) =>
        SOURCE_TYPES.includes(file.mimetype) ? cb(null, true) : cb(new BadRequestException('unsupported file type'), false),
    }),
  )
  async upload(@CurrentUser() user: AuthUser, @Param('projectId') projectId: string, @UploadedFile() file: Express.Multer.File) {
    if (!file) throw new BadRequestException('file is required');
    await this.documents.assertProject(user.orgId, projectId);
    return this.documents.store(user.orgId, projectId, file);
  }

  @SkipThrottle()
  // expect: missing-rate-limit
  @Post('batch')
  // expect: unrestricted-upload
  @UseInterceptors(FilesInterceptor('files', 50, { limits: { fileSize: 25 * 1024 * 1024 } }))
  async uploadBatch(@CurrentUser() user: AuthUser, @Param('projectId') projectId: string, @UploadedFiles() files: Express.Multer.File[]) {
    await this.documents.assertProject(user.orgId, projectId);
    return Promise.all(files.map((f) => this.documents.store(user.orgId, projectId, f)));
  }

  // ok: missing-auth
  @Get(':id/download')
  @Redirect()
  async download(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    const doc = await this.documents.findForOrg(user.orgId, id);
    return { url: await this.documents.downloadUrl(doc.storageKey) };
  }

  // shared in the "your files are ready" email so clients can peek without signing in
  @Public()
  // expect: missing-auth
  @Get(':id/preview')
  @Redirect()
  async preview(@Param('id') id: string) {
    const doc = await this.documents.findOne(id);
    return { url: await this.documents.downloadUrl(doc.storageKey) };
  }

  // ok: missing-auth
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.documents.remove(user.orgId, id);
  }
}
