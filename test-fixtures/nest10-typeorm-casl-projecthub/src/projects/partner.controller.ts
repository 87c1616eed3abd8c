import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Project } from '../entities';
import { Public } from '../auth/public.decorator';
import { PartnerGuard } from '../auth/partner.guard';

@Controller('partner')
export class PartnerController {
  constructor(@InjectRepository(Project) private readonly projects: Repository<Project>) {}

  @Public()
  @UseGuards(PartnerGuard)
  // ok: missing-auth
  @Get('projects')
  list(@Req() req: { partner: { id: string; workspaceId: string } }) {
    // ok: unscoped-tenant-query
    return this.projects.find({ where: { workspaceId: req.partner.workspaceId }, select: { id: true, name: true } });
  }
}
