import { Injectable } from '@nestjs/common';
import { AbilityBuilder, PureAbility } from '@casl/ability';
import { createPrismaAbility, PrismaQuery, Subjects } from '@casl/prisma';
import { Document, Project } from '@prisma/client';
import { AuthUser } from '../auth/current-user.decorator';

export type Action = 'manage' | 'read' | 'update' | 'delete';
export type AppSubjects = Subjects<{ Project: Project; Document: Document }> | 'all';
export type AppAbility = PureAbility<[Action, AppSubjects], PrismaQuery>;

@Injectable()
export class AbilityFactory {
  createForUser(user: AuthUser): AppAbility {
    const { can, build } = new AbilityBuilder<AppAbility>(createPrismaAbility);
    if (user.role === 'staff') {
      can('manage', 'all');
    } else {
      can('read', 'Project', { tenantId: user.tenantId });
      can('read', 'Document', { tenantId: user.tenantId });
      if (user.role === 'owner') {
        can('manage', 'Project', { tenantId: user.tenantId });
        can('manage', 'Document', { tenantId: user.tenantId });
      }
    }
    return build();
  }
}
