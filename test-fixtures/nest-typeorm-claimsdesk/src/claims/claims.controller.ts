import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  UploadedFile,
  UseInterceptors,
  BadRequestException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { ClaimsService } from './claims.service';
import { AssignClaimBody, CreateClaimDto, UpdateClaimDto } from './dto';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { Public } from '../auth/public.decorator';
import { Role } from '../users/user.entity';

const ALLOWED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.claims.list(user.organizationId);
  }

  // ok: missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateClaimDto) {
    return this.claims.create(user.organizationId, dto);
  }

  @Get(':id')
  findOne(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.claims.findOne(id, user.organizationId);
  }

  // ok: missing-input-validation
  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateClaimDto) {
    return this.claims.update(id, user.organizationId, dto);
  }

  @Roles(Role.Manager, Role.Admin)
  // expect: missing-input-validation
  @Patch(':id/assign')
  assign(@Param('id', ParseUUIDPipe) id: string, @Body() body: AssignClaimBody) {
    return this.claims.assign(id, body.adjusterId);
  }

  @Roles(Role.Manager, Role.Admin)
  @Delete(':id')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.claims.remove(id, user.organizationId);
  }

  @Get(':id/attachments')
  attachments(@Param('id', ParseUUIDPipe) id: string) {
    return this.claims.listAttachments(id);
  }

  // ok: unrestricted-upload
  @UseInterceptors(
    FileInterceptor('file', {
      storage: diskStorage({ destination: '/var/claimsdesk/uploads' }),
      limits: { fileSize: 15 * 1024 * 1024 },
      fileFilter: (_req, file, cb) => cb(null, ALLOWED_TYPES.includes(file.mimetype)),
    }),
  )
  // expect: missing-rate-limit
  @Post(':id/attachments')
  async upload(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @UploadedFile() file: Express.Multer.File) {
    if (!file) throw new BadRequestException('PDF, JPEG or PNG up to 15 MB');
    const claim = await this.claims.findOne(id, user.organizationId);
    return this.claims.addAttachment(user.organizationId, claim.id, user.id, file);
  }

  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  // expect: missing-rate-limit, missing-input-validation
  @Post('import')
  async import(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File) {
    const rows = file.buffer
      .toString('utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(','));
    await this.claims.importRows(user.organizationId, rows);
    return { imported: rows.length };
  }

  // claimants check progress from the link in their email
  @Public()
  // expect: missing-auth
  @Get(':id/status')
  async status(@Param('id', ParseUUIDPipe) id: string) {
    const claim = await this.claims.publicStatus(id);
    return { status: claim?.status ?? 'unknown' };
  }
}
