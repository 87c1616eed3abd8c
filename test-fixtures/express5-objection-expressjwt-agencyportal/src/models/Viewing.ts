import { Model } from 'objection';

export class Viewing extends Model {
  static tableName = 'viewings';

  id!: number;
  agencyId!: number;
  listingId!: number;
  visitorName!: string;
  scheduledAt!: string;
}
