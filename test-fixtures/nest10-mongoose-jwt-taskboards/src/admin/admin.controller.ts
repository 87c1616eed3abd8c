import { Controller, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Role, Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { Workspace, WorkspaceDocument } from '../schemas/workspace.schema';
import { User, UserDocument } from '../schemas/user.schema';

@Controller('admin')
@UseGuards(RolesGuard)
@Roles(Role.Staff)
export class AdminController {
  constructor(
    @InjectModel(Workspace.name) private readonly workspaces: Model<WorkspaceDocument>,
    @InjectModel(User.name) private readonly users: Model<UserDocument>,
  ) {}

  // ok: missing-role-check, unscoped-tenant-query
  @Get('workspaces')
  list(@Query('plan') plan?: string) {
    return this.workspaces.find(plan ? { plan } : {}).sort({ createdAt: -1 }).limit(100).lean();
  }

  // ok: missing-role-check, unscoped-tenant-query
  @Get('workspaces/:id/users')
  usersOf(@Param('id') id: string) {
    return this.users.find({ workspaceId: id }).select('email role').lean();
  }
}

// Support tooling; meant to be staff only.
@Controller('internal')
@Roles(Role.Staff)
export class InternalController {
  constructor(@InjectModel(User.name) private readonly users: Model<UserDocument>) {}

  // expect: missing-role-check
  @Get('users')
  allUsers(@Query('email') email: string) {
    // expect: unscoped-tenant-query
    return this.users.find({ email: new RegExp(`^${email}`, 'i') }).limit(20).lean();
  }

  // expect: missing-role-check
  @Post('users/:id/unlock')
  unlock(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    return this.users.updateOne({ _id: id }, { $unset: { resetTokenHash: 1, resetExpires: 1 } });
  }
}
