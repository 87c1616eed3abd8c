import { Shipment } from '../models/index.js';

export class ShipmentService {
  constructor(private readonly companyId: number) {}

  list(status?: string) {
    // ok: unscoped-tenant-query
    const query = Shipment.query().where('companyId', this.companyId).orderBy('id', 'desc');
    if (status) query.where('status', status);
    return query;
  }

  recent(limit = 20) {
    // expect: unscoped-tenant-query
    return Shipment.query().orderBy('id', 'desc').limit(limit);
  }

  find(id: number) {
    return Shipment.query().findOne({ id, companyId: this.companyId });
  }
}

export async function shipmentsByReference(reference: string) {
  // expect: unscoped-tenant-query
  return Shipment.query().where('reference', 'ilike', `${reference}%`).limit(20);
}
