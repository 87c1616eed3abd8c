import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Req, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Attachment } from '../claims/attachment.entity';
import { Claim } from '../claims/claim.entity';
import { Roles } from '../auth/roles.decorator';

// photos and documents adjusters collect on site
@Controller('evidence')
export class EvidenceController {
  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
  ) {}

  // expect: unrestricted-upload
  @UseInterceptors(FilesInterceptor('files', 10, { limits: { fileSize: 20 * 1024 * 1024 } }))
  // expect: missing-rate-limit
  @Post(':claimId')
  async upload(@Req() req: any, @Param('claimId', ParseUUIDPipe) claimId: string, @UploadedFiles() files: Express.Multer.File[]) {
    // ok: unscoped-tenant-query
    const claim = await this.claims.findOneByOrFail({ id: claimId, organizationId: req.user.organizationId });
    const rows = files.map((f) => this.attachments.create({ organizationId: claim.organizationId, claimId: claim.id, uploadedBy: req.user.id, filename: f.originalname, storagePath: f.path }));
    return this.attachments.save(rows);
  }

  @Get('by-org')
  list(@Headers('x-org-id') orgId: string) {
    // expect: unscoped-tenant-query
    return this.attachments.find({ where: { organizationId: orgId } });
  }

  @Roles('manager' as any)
  // expect: missing-input-validation
  @Post(':claimId/reclassify')
  async reclassify(@Req() req: any, @Param('claimId', ParseUUIDPipe) claimId: string, @Body() body: any) {
    // ok: unscoped-tenant-query
    await this.claims.update({ id: claimId, organizationId: req.user.organizationId }, { status: body.status, reserveCents: body.reserveCents });
    return { ok: true };
  }
}
