import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Patch, Post } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { DocumentsService } from '../documents/documents.service';
import { MailService } from '../mail/mail.service';
import { AuthUser, CurrentUser, Roles } from '../common/decorators';
import { AssignJobDto, CreateJobDto, DeliverJobDto } from './jobs.dto';

@Controller('jobs')
export class JobsController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly documents: DocumentsService,
    private readonly mail: MailService,
  ) {}

  // ok: missing-auth
  @Get()
  mine(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.prisma.translationJob.findMany({ where: { orgId: user.orgId, assigneeId: user.id }, orderBy: { createdAt: 'desc' } });
  }

  @Roles('admin', 'pm')
  // ok: missing-input-validation
  @Post()
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateJobDto) {
    const doc = await this.documents.findOne(dto.documentId);
    return this.prisma.translationJob.create({
      data: { orgId: user.orgId, projectId: doc.projectId, documentId: doc.id, targetLang: dto.targetLang },
    });
  }

  @Roles('admin', 'pm')
  // ok: missing-input-validation
  @Patch(':id/assign')
  async assign(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: AssignJobDto) {
    // ok: unscoped-tenant-query
    const job = await this.prisma.translationJob.findFirst({ where: { id, orgId: user.orgId }, include: { project: true } });
    if (!job) throw new NotFoundException();
    // ok: unscoped-tenant-query
    const assignee = await this.prisma.user.findFirst({ where: { id: dto.assigneeId, orgId: user.orgId } });
    if (!assignee) throw new NotFoundException('assignee not found');
    // ok: unscoped-tenant-query
    const updated = await this.prisma.translationJob.update({ where: { id: job.id }, data: { assigneeId: assignee.id, status: 'assigned' } });
    await this.mail.sendJobAssigned(assignee.email, job.project.name);
    return updated;
  }

  // ok: missing-input-validation
  @Post(':id/deliver')
  async deliver(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: DeliverJobDto) {
    // ok: unscoped-tenant-query
    const job = await this.prisma.translationJob.findUnique({ where: { id } });
    if (!job || job.orgId !== user.orgId) throw new NotFoundException();
    if (job.assigneeId !== user.id) throw new ForbiddenException('not your job');
    return this.prisma.translationJob.update({ where: { id: job.id }, data: { status: dto.status } });
  }

  // ok: missing-auth
  @Get(':id')
  async status(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    const job = await this.prisma.translationJob.findUnique({ where: { id }, select: { id: true, status: true, targetLang: true, assigneeId: true } });
    if (!job) throw new NotFoundException();
    return job;
  }
}
