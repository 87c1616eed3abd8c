import {
  BadRequestException,
  Controller,
  Get,
  Param,
  Post,
  UploadedFile,
  UploadedFiles,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor, FilesInterceptor } from '@nestjs/platform-express';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { diskStorage } from 'multer';
import { extname } from 'path';
import { randomUUID } from 'crypto';
import { PartnerDocument } from '../entities';
import { CurrentUser, JwtUser } from '../auth/decorators';

const ALLOWED = ['.pdf', '.png', '.jpg'];

@Controller('documents')
@UseGuards(ThrottlerGuard)
export class DocumentsController {
  constructor(@InjectRepository(PartnerDocument) private readonly docs: Repository<PartnerDocument>) {}

  // ok: missing-rate-limit
  @Post('contracts')
  // ok: unrestricted-upload
  @UseInterceptors(
    FileInterceptor('file', {
      storage: diskStorage({ destination: './uploads', filename: (_req, file, cb) => cb(null, randomUUID() + extname(file.originalname)) }),
      limits: { fileSize: 10 * 1024 * 1024, files: 1 },
      fileFilter: (_req, file, cb) => {
        if (!ALLOWED.includes(extname(file.originalname).toLowerCase())) {
          return cb(new BadRequestException('unsupported file type'), false);
        }
        cb(null, true);
      },
    }),
  )
  uploadContract(@CurrentUser() user: JwtUser, @UploadedFile() file: Express.Multer.File) {
    return this.docs.save(this.docs.create({ tenantId: user.tenantId, filename: file.originalname, storageKey: file.filename }));
  }

  // Logos are re-uploaded while partners tweak their profile, so the limiter was switched off here.
  @SkipThrottle()
  // expect: missing-rate-limit
  @Post('logo')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('logo', { dest: './uploads/logos' }))
  uploadLogo(@CurrentUser() user: JwtUser, @UploadedFile() file: Express.Multer.File) {
    return this.docs.save(this.docs.create({ tenantId: user.tenantId, filename: file.originalname, storageKey: file.filename }));
  }

  // ok: missing-rate-limit
  @Post('bulk')
  // expect: unrestricted-upload
  @UseInterceptors(FilesInterceptor('files', 10, { limits: { fileSize: 20 * 1024 * 1024 } }))
  async uploadMany(@CurrentUser() user: JwtUser, @UploadedFiles() files: Express.Multer.File[]) {
    const rows = files.map((f) => this.docs.create({ tenantId: user.tenantId, filename: f.originalname, storageKey: f.filename }));
    return this.docs.save(rows);
  }

  @Get(':id')
  get(@CurrentUser() user: JwtUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    return this.docs.findOneByOrFail({ id, tenantId: user.tenantId });
  }
}
