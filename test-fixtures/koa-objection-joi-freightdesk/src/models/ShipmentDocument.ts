import { Model } from 'objection';

export class ShipmentDocument extends Model {
  static tableName = 'shipment_documents';

  id!: number;
  companyId!: number;
  shipmentId!: number;
  kind!: string;
  fileName!: string;
  storagePath!: string;
}
