import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Patch, Post, Res, UseGuards } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { IsEmail, IsIn } from 'class-validator';
import type { Response } from 'express';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Role, Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { User, UserDocument } from '../schemas/user.schema';
import { Card, CardDocument } from '../schemas/card.schema';
import { Workspace, WorkspaceDocument } from '../schemas/workspace.schema';
import { InvitesService } from './invites.service';

class InviteDto {
  @IsEmail()
  email!: string;

  @IsIn(['member', 'admin'])
  role!: string;
}

class ChangeRoleDto {
  @IsIn(['member', 'admin'])
  role!: string;
}

@Controller('workspace')
@UseGuards(RolesGuard)
export class WorkspacesController {
  constructor(
    @InjectModel(Workspace.name) private readonly workspaces: Model<WorkspaceDocument>,
    @InjectModel(User.name) private readonly users: Model<UserDocument>,
    @InjectModel(Card.name) private readonly cards: Model<CardDocument>,
    private readonly invites: InvitesService,
  ) {}

  // ok: missing-auth
  @Get()
  current(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.workspaces.findById(user.workspaceId).lean();
  }

  // ok: missing-auth
  @Get('members')
  members(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.find({ workspaceId: user.workspaceId }).select('email role').lean();
  }

  // expect: missing-rate-limit
  @Post('invites')
  @Roles(Role.Admin, Role.Owner)
  @Throttle({ default: { limit: 10, ttl: 3_600_000 } })
  invite(@CurrentUser() user: AuthUser, @Body() dto: InviteDto) {
    return this.invites.create(user.workspaceId, dto.email, dto.role);
  }

  // expect: missing-role-check
  @Patch('members/:userId/role')
  async changeRole(@CurrentUser() user: AuthUser, @Param('userId') userId: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    const res = await this.users.updateOne({ _id: userId, workspaceId: user.workspaceId }, { $set: { role: dto.role } });
    if (res.matchedCount === 0) throw new NotFoundException();
    return { ok: true };
  }

  // ok: missing-role-check
  @Delete('members/:userId')
  @Roles(Role.Owner)
  @HttpCode(204)
  async removeMember(@CurrentUser() user: AuthUser, @Param('userId') userId: string) {
    // ok: unscoped-tenant-query
    await this.users.deleteOne({ _id: userId, workspaceId: user.workspaceId });
  }

  // expect: missing-rate-limit
  @Get('export')
  async export(@CurrentUser() user: AuthUser, @Res() res: Response) {
    // ok: unscoped-tenant-query
    const cards = await this.cards.find({ workspaceId: user.workspaceId }).lean();
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Content-Disposition', 'attachment; filename="workspace-export.json"');
    res.send(JSON.stringify(cards));
  }
}
