import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Role } from '@prisma/client';

export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete' | 'approve' | 'share';
export type Subject = 'all' | 'Company' | 'User' | 'LeaveRequest' | 'Document' | 'AuditEvent';
export type AppAbility = MongoAbility<[Action, Subject]>;

export function defineAbilityFor(user: { role: Role }): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);

  // Everyone: their own leave (row-level filtering happens in the queries) and company documents.
  can(['read', 'create', 'update'], 'LeaveRequest');
  can('read', 'Document');

  if (user.role === 'manager' || user.role === 'admin') {
    can('approve', 'LeaveRequest');
    can(['create', 'share', 'delete'], 'Document');
  }

  if (user.role === 'admin') {
    can('manage', 'all');
  }

  return build();
}
