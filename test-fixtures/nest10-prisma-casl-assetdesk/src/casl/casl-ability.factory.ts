import { Injectable } from '@nestjs/common';
import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import { AuthUser } from '../auth/auth.guards';

export enum Action {
  Manage = 'manage',
  Create = 'create',
  Read = 'read',
  Update = 'update',
  Delete = 'delete',
}

export type Subjects = 'Asset' | 'Ticket' | 'User' | 'Invoice' | 'AuditEvent' | 'all';
export type AppAbility = MongoAbility<[Action, Subjects | Record<string, any>]>;

@Injectable()
export class CaslAbilityFactory {
  createForUser(user: AuthUser): AppAbility {
    const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    const organizationId = user.organizationId;

    if (user.role === 'ADMIN') {
      can(Action.Manage, 'all', { organizationId });
    } else {
      can(Action.Read, 'Asset', { organizationId });
      can(Action.Read, 'Ticket', { organizationId });
      can(Action.Create, 'Ticket', { organizationId });
      can(Action.Update, 'Ticket', { organizationId, reporterId: user.id });
      if (user.role === 'MANAGER') {
        can([Action.Create, Action.Update], 'Asset', { organizationId });
        can(Action.Read, 'Invoice', { organizationId });
      }
      cannot(Action.Delete, 'Asset');
    }
    return build();
  }
}
