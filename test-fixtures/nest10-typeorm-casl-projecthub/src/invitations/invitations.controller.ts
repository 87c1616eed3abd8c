import { Body, Controller, ForbiddenException, Get, GoneException, NotFoundException, Param, Post, UseGuards, ValidationPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsEmail } from 'class-validator';
import { Repository } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Invitation, Project } from '../entities';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/jwt.strategy';
import { Public } from '../auth/public.decorator';
import { Roles, RolesGuard } from '../auth/roles';

class InviteDto {
  @IsEmail() email: string;
}

@Controller()
@UseGuards(RolesGuard)
export class InvitationsController {
  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    @InjectRepository(Project) private readonly projects: Repository<Project>,
  ) {}

  @Roles('owner', 'admin')
  // expect: missing-rate-limit
  @Post('invitations')
  create(@CurrentUser() user: AuthUser, @Body(new ValidationPipe()) dto: InviteDto) {
    return this.invitations.save(
      this.invitations.create({
        email: dto.email,
        workspaceId: user.workspaceId,
        token: randomBytes(24).toString('base64url'),
        expiresAt: new Date(Date.now() + 7 * 864e5),
      }),
    );
  }

  @Public()
  // ok: missing-auth
  @Get('invitations/:token')
  async preview(@Param('token') token: string) {
    // ok: unscoped-tenant-query
    const invite = await this.invitations.findOne({ where: { token }, select: { email: true, expiresAt: true } });
    if (!invite) throw new NotFoundException();
    if (invite.expiresAt < new Date()) throw new GoneException('invitation expired');
    return invite;
  }

  @Get('projects/:id/owner-check')
  async ownerCheck(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const project = await this.projects.findOneOrFail({ where: { id } });
    if (project.workspaceId !== user.workspaceId) throw new ForbiddenException();
    return { id: project.id, name: project.name };
  }

  @Roles('owner')
  // ok: missing-role-check
  @Get('admin/invitations')
  pending(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.invitations.find({ where: { workspaceId: user.workspaceId } });
  }
}
