import { Model } from 'objection';

export class Client extends Model {
  static tableName = 'clients';

  id!: number;
  agencyId!: number;
  name!: string;
  email!: string;
  phone!: string | null;
  notes!: string | null;
}
