import { Model } from 'objection';

export class Agency extends Model {
  static tableName = 'agencies';

  id!: number;
  name!: string;
  auth0OrgId!: string;
  plan!: 'starter' | 'pro';
}
