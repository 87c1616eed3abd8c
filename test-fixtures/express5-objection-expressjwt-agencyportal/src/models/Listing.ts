import { Model } from 'objection';
import { Client } from './Client.js';

export class Listing extends Model {
  static tableName = 'listings';

  id!: number;
  agencyId!: number;
  clientId!: number | null;
  title!: string;
  city!: string;
  price!: number;
  status!: 'draft' | 'published' | 'sold';
  createdAt!: string;

  static modifiers = {
    forAgency(query: any, agencyId: number) {
      query.where('listings.agencyId', agencyId);
    },
  };

  static relationMappings = () => ({
    client: {
      relation: Model.BelongsToOneRelation,
      modelClass: Client,
      join: { from: 'listings.clientId', to: 'clients.id' },
    },
  });
}
