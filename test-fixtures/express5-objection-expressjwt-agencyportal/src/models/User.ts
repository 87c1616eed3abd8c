import { Model } from 'objection';

export class User extends Model {
  static tableName = 'users';

  id!: number;
  agencyId!: number;
  auth0Sub!: string;
  email!: string;
  displayName!: string;
  role!: 'agent' | 'manager' | 'owner';
}
