import { Body, Controller, NotFoundException, Post } from '@nestjs/common';
import { User } from '@prisma/client';
import { CurrentUser } from '../auth/current.decorators';
import { PrismaService } from '../db/prisma.service';
import { redis } from '../db/redis';
import { AcceptInviteDto, InviteLinkDto, JoinWorkspaceDto } from './invite.dto';
import { InviteTokensService } from './invite-tokens.service';

@Controller('invites')
export class InvitesController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly inviteTokens: InviteTokensService,
  ) {}

  // the invite code is a key the server stored the inviting workspace under when the invite was sent
  @Post('accept')
  async accept(@CurrentUser() user: User, @Body() body: AcceptInviteDto) {
    const organizationId = await redis.get(`invite:${body.code}`);
    if (!organizationId) {
      throw new NotFoundException('Invite expired');
    }
    // ok: unscoped-tenant-query
    const organization = await this.prisma.organization.findUnique({ where: { id: organizationId } });
    if (!organization) {
      throw new NotFoundException();
    }
    await redis.del(`invite:${body.code}`);
    await this.prisma.membership.create({ data: { userId: user.id, organizationId: organization.id } });
    return { id: organization.id, name: organization.name };
  }

  // the workspace comes from the claims of a token the server signed
  @Post('link')
  async acceptLink(@CurrentUser() user: User, @Body() body: InviteLinkDto) {
    const invite = this.inviteTokens.readInvite(body.token);
    // ok: unscoped-tenant-query
    const organization = await this.prisma.organization.findUnique({ where: { id: invite.organizationId } });
    if (!organization) {
      throw new NotFoundException();
    }
    await this.prisma.membership.create({ data: { userId: user.id, organizationId: organization.id } });
    return { id: organization.id, name: organization.name };
  }

  // joins whatever workspace the client names
  @Post('join')
  async join(@CurrentUser() user: User, @Body() body: JoinWorkspaceDto) {
    // expect: unscoped-tenant-query
    const organization = await this.prisma.organization.findUnique({ where: { id: body.organizationId } });
    if (!organization) {
      throw new NotFoundException();
    }
    await this.prisma.membership.create({ data: { userId: user.id, organizationId: organization.id } });
    return { id: organization.id, name: organization.name };
  }
}
