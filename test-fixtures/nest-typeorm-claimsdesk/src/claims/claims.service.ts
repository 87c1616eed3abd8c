import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Claim } from './claim.entity';
import { Attachment } from './attachment.entity';
import { CreateClaimDto, UpdateClaimDto } from './dto';

@Injectable()
export class ClaimsService {
  constructor(
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
  ) {}

  list(organizationId: string) {
    // ok: unscoped-tenant-query
    return this.claims.find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  async findOne(id: string, organizationId: string) {
    // ok: unscoped-tenant-query
    const claim = await this.claims.findOne({ where: { id, organizationId } });
    if (!claim) throw new NotFoundException('Claim not found');
    return claim;
  }

  create(organizationId: string, dto: CreateClaimDto) {
    return this.claims.save(this.claims.create({ ...dto, organizationId }));
  }

  async update(id: string, organizationId: string, dto: UpdateClaimDto) {
    const claim = await this.findOne(id, organizationId);
    Object.assign(claim, dto);
    return this.claims.save(claim);
  }

  async assign(id: string, adjusterId: string) {
    // expect: unscoped-tenant-query
    await this.claims.update({ id }, { adjusterId, status: 'investigating' });
  }

  listAttachments(claimId: string) {
    // expect: unscoped-tenant-query
    return this.attachments.find({ where: { claimId } });
  }

  addAttachment(organizationId: string, claimId: string, uploadedBy: string, file: Express.Multer.File) {
    return this.attachments.save(
      this.attachments.create({ organizationId, claimId, uploadedBy, filename: file.originalname, storagePath: file.path }),
    );
  }

  async remove(id: string, organizationId: string) {
    // ok: unscoped-tenant-query
    await this.claims.delete({ id, organizationId });
  }

  publicStatus(id: string) {
    return this.claims.findOne({ where: { id }, select: { id: true, status: true } });
  }

  async importRows(organizationId: string, rows: string[][]) {
    const entities = rows.map(([policyNumber, claimantName]) => this.claims.create({ policyNumber, claimantName, organizationId }));
    return this.claims.save(entities);
  }
}
