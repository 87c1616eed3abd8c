import { Injectable, NotFoundException } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { CreateProjectDto, GlossaryImport, UpdateProjectDto } from './dto/project.dto';

@Injectable()
export class ProjectsService {
  constructor(private readonly prisma: PrismaService) {}

  list(orgId: string, status?: string) {
    // ok: unscoped-tenant-query
    return this.prisma.project.findMany({ where: { orgId, ...(status ? { status } : {}) }, orderBy: { createdAt: 'desc' } });
  }

  async get(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    const project = await this.prisma.project.findFirst({ where: { id, orgId }, include: { documents: true, jobs: true } });
    if (!project) throw new NotFoundException();
    return project;
  }

  create(orgId: string, dto: CreateProjectDto) {
    return this.prisma.project.create({ data: { ...dto, orgId } });
  }

  update(id: string, dto: Partial<UpdateProjectDto>) {
    // expect: unscoped-tenant-query
    return this.prisma.project.update({ where: { id }, data: dto });
  }

  async archive(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.project.updateMany({ where: { id, orgId }, data: { status: 'archived' } });
    if (count === 0) throw new NotFoundException();
  }

  async saveNotes(orgId: string, id: string, notes: string) {
    // ok: unscoped-tenant-query
    await this.prisma.project.updateMany({ where: { id, orgId }, data: { notes } });
  }

  async importGlossary(orgId: string, input: GlossaryImport) {
    return this.prisma.glossary.create({
      data: { orgId, name: input.name, terms: { create: input.terms.map((t) => ({ source: t.source, target: t.target })) } },
    });
  }

  async exportCsv(orgId: string, where: Prisma.ProjectWhereInput = {}) {
    // ok: unscoped-tenant-query
    const projects = await this.prisma.project.findMany({ where: { ...where, orgId }, include: { jobs: true } });
    return ['id,name,status,jobs', ...projects.map((p) => `${p.id},"${p.name}",${p.status},${p.jobs.length}`)].join('\n');
  }
}
