import { Model } from 'objection';

export class Carrier extends Model {
  static tableName = 'carriers';

  id!: number;
  name!: string;
  scac!: string;
  trackingUrl!: string;
}
