import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { StorageService } from './storage.service';

@Injectable()
export class DocumentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly storage: StorageService,
  ) {}

  async assertProject(orgId: string, projectId: string) {
    // ok: unscoped-tenant-query
    const project = await this.prisma.project.findFirst({ where: { id: projectId, orgId }, select: { id: true } });
    if (!project) throw new NotFoundException('project not found');
    return project;
  }

  async store(orgId: string, projectId: string, file: Express.Multer.File) {
    const storageKey = await this.storage.put(`${orgId}/${projectId}/${Date.now()}-${file.originalname}`, file.buffer, file.mimetype);
    return this.prisma.document.create({
      data: { orgId, projectId, fileName: file.originalname, mimeType: file.mimetype, sizeBytes: file.size, storageKey },
    });
  }

  async findOne(id: string) {
    // expect: unscoped-tenant-query
    const doc = await this.prisma.document.findUnique({ where: { id } });
    if (!doc) throw new NotFoundException();
    return doc;
  }

  async findForOrg(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    const doc = await this.prisma.document.findUnique({ where: { id } });
    if (!doc || doc.orgId !== orgId) throw new NotFoundException();
    return doc;
  }

  async remove(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.document.deleteMany({ where: { id, orgId } });
    if (count === 0) throw new NotFoundException();
  }

  downloadUrl(storageKey: string) {
    return this.storage.signedUrl(storageKey);
  }
}
