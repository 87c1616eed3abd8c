import { Body, Controller, Get, NotFoundException, Param, Patch, Post, Query, Version } from '@nestjs/common';
import { CurrentUser, type SessionUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';
import { CreateSampleDto } from './samples.dto';

@Controller('samples')
export class SamplesController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  list(@CurrentUser() user: SessionUser, @Query('projectId') projectId?: string) {
    // ok: unscoped-tenant-query
    return this.prisma.sample.findMany({ where: { orgId: user.orgId, ...(projectId ? { projectId } : {}) } });
  }

  // the label printer scans codes, the web app uses ids
  @Get([':id', 'by-code/:code'])
  async findOne(@Param('id') id?: string, @Param('code') code?: string) {
    // expect: unscoped-tenant-query
    const sample = await this.prisma.sample.findFirst({ where: id ? { id } : { code } });
    if (!sample) throw new NotFoundException();
    return sample;
  }

  @Version('2')
  @Get(':id')
  async findOneV2(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const sample = await this.prisma.sample.findFirst({ where: { id, orgId: user.orgId }, include: { reports: true } });
    if (!sample) throw new NotFoundException();
    return sample;
  }

  @Post()
  async create(@CurrentUser() user: SessionUser, @Body() dto: CreateSampleDto) {
    // ok: unscoped-tenant-query
    const project = await this.prisma.project.findFirst({ where: { id: dto.projectId, orgId: user.orgId } });
    if (!project) throw new NotFoundException();
    return this.prisma.sample.create({ data: { ...dto, orgId: user.orgId } });
  }

  // expect: missing-input-validation
  @Patch(':id/status')
  @Roles('lab-tech', 'admin')
  async setStatus(@CurrentUser() user: SessionUser, @Param('id') id: string, @Body() body: { status: string }) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.sample.updateMany({ where: { id, orgId: user.orgId }, data: { status: body.status } });
    if (!count) throw new NotFoundException();
    return { ok: true };
  }
}
