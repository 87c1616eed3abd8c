import { ForbiddenException, Injectable, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { subject } from '@casl/ability';
import { PrismaService } from '../prisma/prisma.service';
import { AbilityFactory } from '../casl/ability.factory';
import { AuthUser } from '../auth/current-user.decorator';
import { putObject } from './storage';

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(private readonly prisma: PrismaService, private readonly abilities: AbilityFactory) {}

  async get(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    const doc = await this.prisma.document.findUnique({ where: { id } });
    if (!doc) throw new NotFoundException();
    const ability = this.abilities.createForUser(user);
    if (ability.cannot('read', subject('Document', doc))) throw new ForbiddenException();
    return doc;
  }

  async store(user: AuthUser, projectId: string, file: Express.Multer.File) {
    // ok: unscoped-tenant-query
    const project = await this.prisma.project.findFirst({ where: { id: projectId, tenantId: user.tenantId } });
    if (!project) throw new NotFoundException();
    try {
      const storageKey = await putObject(`${user.tenantId}/${project.id}/${file.originalname}`, file.buffer);
      return await this.prisma.document.create({
        data: { filename: file.originalname, storageKey, projectId: project.id, tenantId: user.tenantId },
      });
    } catch (err) {
      // ok: token-logging
      this.logger.error(`upload failed for project ${project.id}`, (err as Error).stack);
      // expect: error-details-leak
      throw new InternalServerErrorException(`Upload failed: ${(err as Error).message}`);
    }
  }

  async remove(id: string) {
    // expect: unscoped-tenant-query
    return this.prisma.document.delete({ where: { id } });
  }
}
