import { AbilityBuilder, PureAbility, subject, ForbiddenError } from '@casl/ability';
import { createPrismaAbility, PrismaQuery, Subjects } from '@casl/prisma';
import type { Contract, Invoice, User, Workspace } from '@prisma/client';

type AppSubjects = 'all' | Subjects<{ Contract: Contract; Invoice: Invoice; User: User; Workspace: Workspace }>;
export type AppAbility = PureAbility<[string, AppSubjects], PrismaQuery>;

export function defineAbilityFor(user: User): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createPrismaAbility);

  if (user.role === 'OWNER' || user.role === 'ADMIN') {
    can('manage', 'Contract', { workspaceId: user.workspaceId });
    can('manage', 'Invoice', { workspaceId: user.workspaceId });
    can('manage', 'User', { workspaceId: user.workspaceId });
    cannot('delete', 'User', { id: user.id });
  } else if (user.role === 'EDITOR') {
    can(['read', 'create'], 'Contract', { workspaceId: user.workspaceId });
    can('update', 'Contract', { workspaceId: user.workspaceId, ownerId: user.id });
    can('read', 'Invoice', { workspaceId: user.workspaceId });
  } else {
    can('read', 'Contract', { workspaceId: user.workspaceId });
  }
  return build();
}

export { subject, ForbiddenError };
