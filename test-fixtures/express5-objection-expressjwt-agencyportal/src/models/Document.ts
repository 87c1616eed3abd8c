import { Model } from 'objection';

export class Document extends Model {
  static tableName = 'documents';

  id!: number;
  agencyId!: number;
  listingId!: number;
  filename!: string;
  storagePath!: string;
  envelopeId!: string | null;
  signed!: boolean;
}
