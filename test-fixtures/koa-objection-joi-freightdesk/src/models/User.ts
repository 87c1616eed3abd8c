import { Model } from 'objection';

export type UserRole = 'admin' | 'dispatcher' | 'viewer';

export class User extends Model {
  static tableName = 'users';

  id!: number;
  companyId!: number;
  email!: string;
  passwordHash!: string;
  role!: UserRole;

  static get jsonSchema() {
    return {
      type: 'object',
      required: ['email', 'companyId'],
      properties: {
        id: { type: 'integer' },
        companyId: { type: 'integer' },
        email: { type: 'string' },
        role: { type: 'string', enum: ['admin', 'dispatcher', 'viewer'] },
      },
    };
  }
}
