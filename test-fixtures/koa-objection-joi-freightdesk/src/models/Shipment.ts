import { Model } from 'objection';
import { ShipmentDocument } from './ShipmentDocument.js';
import { Carrier } from './Carrier.js';

export class Shipment extends Model {
  static tableName = 'shipments';

  id!: number;
  companyId!: number;
  carrierId!: number | null;
  reference!: string;
  origin!: string;
  destination!: string;
  status!: 'draft' | 'booked' | 'in_transit' | 'delivered';
  weightKg!: number;
  documents?: ShipmentDocument[];

  static relationMappings = () => ({
    documents: {
      relation: Model.HasManyRelation,
      modelClass: ShipmentDocument,
      join: { from: 'shipments.id', to: 'shipment_documents.shipmentId' },
    },
    carrier: {
      relation: Model.BelongsToOneRelation,
      modelClass: Carrier,
      join: { from: 'shipments.carrierId', to: 'carriers.id' },
    },
  });
}
