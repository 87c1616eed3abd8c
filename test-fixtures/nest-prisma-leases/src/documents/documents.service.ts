import { BadRequestException, Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Document as DocumentRecord } from '@prisma/client';
import { AuthUser } from '../auth/decorators';
import { deleteUpload, openUpload, storeUpload } from '../common/storage';
import { PrismaService } from '../prisma/prisma.service';

interface ShareLinkPayload {
  docId: string;
  orgId: string;
}

@Injectable()
export class DocumentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
  ) {}

  listForProperty(propertyId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.document.findMany({ where: { propertyId }, orderBy: { createdAt: 'desc' } });
  }

  listForOrg(orgId: string) {
    return this.prisma.document.findMany({ where: { orgId }, orderBy: { createdAt: 'desc' } });
  }

  async findForOrg(orgId: string, id: string): Promise<DocumentRecord> {
    // ok: unscoped-tenant-query
    const doc = await this.prisma.document.findFirst({ where: { id, orgId } });
    if (!doc) {
      throw new NotFoundException('Document not found');
    }
    return doc;
  }

  async create(user: AuthUser, refs: { propertyId?: string; leaseId?: string }, file: Express.Multer.File | undefined) {
    if (!file) {
      throw new BadRequestException('file is required');
    }
    let propertyId = refs.propertyId;
    if (refs.leaseId) {
      // ok: unscoped-tenant-query
      const lease = await this.prisma.lease.findFirst({ where: { id: refs.leaseId, orgId: user.orgId }, select: { propertyId: true } });
      if (!lease) {
        throw new NotFoundException('Lease not found');
      }
      propertyId ??= lease.propertyId;
    }
    if (propertyId) {
      // ok: unscoped-tenant-query
      const property = await this.prisma.property.findFirst({ where: { id: propertyId, orgId: user.orgId }, select: { id: true } });
      if (!property) {
        throw new NotFoundException('Property not found');
      }
    }
    const storageKey = await storeUpload(file.buffer);
    return this.prisma.document.create({
      data: {
        orgId: user.orgId,
        propertyId,
        leaseId: refs.leaseId,
        filename: file.originalname.slice(0, 255),
        mimeType: file.mimetype,
        sizeBytes: file.size,
        storageKey,
        uploadedById: user.userId,
      },
    });
  }

  async createShareLink(orgId: string, id: string) {
    const doc = await this.findForOrg(orgId, id);
    const payload: ShareLinkPayload = { docId: doc.id, orgId: doc.orgId };
    const token = await this.jwt.signAsync(payload);
    return { url: `/api/documents/shared/${token}`, expiresInSeconds: 600 };
  }

  async resolveShareToken(token: string): Promise<DocumentRecord> {
    let payload: ShareLinkPayload;
    try {
      payload = await this.jwt.verifyAsync<ShareLinkPayload>(token);
    } catch {
      throw new NotFoundException('This link is invalid or has expired');
    }
    const doc = await this.prisma.document.findFirst({ where: { id: payload.docId, orgId: payload.orgId } });
    if (!doc) {
      throw new NotFoundException('This link is invalid or has expired');
    }
    return doc;
  }

  toStreamableFile(doc: Pick<DocumentRecord, 'storageKey' | 'filename' | 'mimeType'>): StreamableFile {
    return new StreamableFile(openUpload(doc.storageKey), {
      type: doc.mimeType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
    });
  }

  async remove(id: string): Promise<void> {
    // expect: unscoped-tenant-query
    const doc = await this.prisma.document.delete({ where: { id } });
    await deleteUpload(doc.storageKey);
  }
}
