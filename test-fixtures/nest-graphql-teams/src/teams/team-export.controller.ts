import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from '../prisma/prisma.service';
import { TeamMemberGuard } from './team-member.guard';

/** Plain REST download used by the desktop app. */
@Controller('teams/:teamId/collections')
@UseGuards(AuthGuard('jwt'))
export class TeamCollectionsController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get()
  @UseGuards(TeamMemberGuard)
  list(@Param('teamId') teamId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.collection.findMany({ where: { teamId } });
  }

  // ok: missing-auth
  @Get('titles')
  titles(@Param('teamId') teamId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.collection.findMany({ where: { teamId }, select: { id: true, title: true } });
  }
}
