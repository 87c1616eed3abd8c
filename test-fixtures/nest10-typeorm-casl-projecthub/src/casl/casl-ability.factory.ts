import { Injectable } from '@nestjs/common';
import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import type { AuthUser } from '../auth/jwt.strategy';

export enum Action {
  Manage = 'manage',
  Create = 'create',
  Read = 'read',
  Update = 'update',
  Delete = 'delete',
}

type Subjects = 'Project' | 'Task' | 'Workspace' | 'User' | 'all';
export type AppAbility = MongoAbility<[Action, Subjects]>;

@Injectable()
export class CaslAbilityFactory {
  createForUser(user: AuthUser): AppAbility {
    const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    if (user.role === 'owner') {
      can(Action.Manage, 'all');
    } else if (user.role === 'admin') {
      can(Action.Manage, 'Project');
      can(Action.Manage, 'Task');
      can(Action.Read, 'User');
    } else {
      can(Action.Read, 'Project');
      can([Action.Read, Action.Create, Action.Update], 'Task');
      cannot(Action.Delete, 'Project');
    }
    return build();
  }
}
