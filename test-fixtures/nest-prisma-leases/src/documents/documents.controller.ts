import {
  Body,
  ConflictException,
  Controller,
  Delete,
  Get,
  HttpCode,
  InternalServerErrorException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UnsupportedMediaTypeException,
  UploadedFile,
  UseGuards,
  UseInterceptors,
  ValidationPipe,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { IsOptional, IsUUID } from 'class-validator';
import { Request } from 'express';
import { AuthUser, CurrentUser, Public } from '../auth/decorators';
import { JwtAuthGuard } from '../auth/guards';
import { DocumentsService } from './documents.service';

export class UploadDocumentDto {
  @IsOptional()
  @IsUUID()
  propertyId?: string;

  @IsOptional()
  @IsUUID()
  leaseId?: string;
}

const ALLOWED_MIME_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const fileFilter = (
  _req: Request,
  file: Express.Multer.File,
  callback: (error: Error | null, acceptFile: boolean) => void,
) => {
  if (ALLOWED_MIME_TYPES.has(file.mimetype)) {
    callback(null, true);
  } else {
    callback(new UnsupportedMediaTypeException('Only PDF, PNG and JPEG files are accepted'), false);
  }
};

const validation = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true });

@Controller('documents')
@UseGuards(JwtAuthGuard, ThrottlerGuard)
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  // ok: missing-auth
  @Get()
  list(@Query('propertyId', ParseUUIDPipe) propertyId: string) {
    return this.documents.listForProperty(propertyId);
  }

  // expect: missing-auth
  @Get('org/:orgId')
  @Public()
  listForOrg(@Param('orgId', ParseUUIDPipe) orgId: string) {
    return this.documents.listForOrg(orgId);
  }

  @Get('shared/:token')
  @Public()
  async downloadShared(@Param('token') token: string) {
    const doc = await this.documents.resolveShareToken(token);
    return this.documents.toStreamableFile(doc);
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@CurrentUser('orgId') orgId: string, @Param('id', ParseUUIDPipe) id: string) {
    return this.documents.findForOrg(orgId, id);
  }

  // ok: missing-auth
  @Get(':id/download')
  async download(@CurrentUser('orgId') orgId: string, @Param('id', ParseUUIDPipe) id: string) {
    const doc = await this.documents.findForOrg(orgId, id);
    return this.documents.toStreamableFile(doc);
  }

  // ok: missing-auth
  @Post(':id/share-link')
  createShareLink(@CurrentUser('orgId') orgId: string, @Param('id', ParseUUIDPipe) id: string) {
    return this.documents.createShareLink(orgId, id);
  }

  // ok: missing-auth
  // ok: missing-input-validation
  // expect: missing-rate-limit
  @Post('upload')
  @SkipThrottle()
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: Express.Multer.File,
    @Body(validation) dto: UploadDocumentDto,
  ) {
    return this.documents.create(user, dto, file);
  }

  // ok: missing-auth
  // ok: missing-rate-limit
  @Post('leases/:leaseId/attachments')
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 5_000_000, files: 1 }, fileFilter }))
  attach(
    @CurrentUser() user: AuthUser,
    @Param('leaseId', ParseUUIDPipe) leaseId: string,
    @UploadedFile() file: Express.Multer.File,
  ) {
    return this.documents.create(user, { leaseId }, file);
  }

  // ok: missing-auth
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseUUIDPipe) id: string) {
    try {
      await this.documents.remove(id);
    } catch (e) {
      if (e instanceof Error && e.name === 'DocumentLockedError') {
        // ok: error-details-leak
        throw new ConflictException(e.message);
      }
      // expect: error-details-leak
      throw new InternalServerErrorException(`Could not delete document: ${(e as Error).message}`);
    }
  }
}
