import { Inject, Injectable, NotFoundException, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser } from '../auth/current-user.decorator';

@Injectable({ scope: Scope.REQUEST })
export class ProjectsService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(REQUEST) private readonly request: { user: AuthUser },
  ) {}

  private get tenantId() {
    return this.request.user.tenantId;
  }

  list() {
    // ok: unscoped-tenant-query
    return this.prisma.project.findMany({ where: { tenantId: this.tenantId, archived: false } });
  }

  async get(id: string) {
    // ok: unscoped-tenant-query
    const project = await this.prisma.project.findFirst({ where: { id, tenantId: this.tenantId } });
    if (!project) throw new NotFoundException();
    return project;
  }

  create(name: string) {
    return this.prisma.project.create({ data: { name, tenantId: this.tenantId } });
  }

  rename(id: string, data: Record<string, unknown>) {
    // ok: unscoped-tenant-query
    return this.prisma.project.updateMany({ where: { id, tenantId: this.tenantId }, data });
  }

  async invite(id: string, email: string) {
    const project = await this.get(id);
    await fetch(`${process.env.MAILER_URL}/send`, {
      method: 'POST',
      body: JSON.stringify({ to: email, template: 'project-invite', projectId: project.id }),
    });
    return { invited: email };
  }

  archive(id: string) {
    // expect: unscoped-tenant-query
    return this.prisma.project.update({ where: { id }, data: { archived: true } });
  }

  async importRows(id: string, csv: string) {
    const project = await this.get(id);
    const names = csv.split('\n').map((line) => line.trim()).filter(Boolean);
    return this.prisma.document.createMany({
      data: names.map((filename) => ({ filename, storageKey: `imports/${project.id}/${filename}`, projectId: project.id, tenantId: project.tenantId })),
    });
  }
}
