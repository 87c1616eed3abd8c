import { purchaseOrders, vendors } from '../db/data-source.js';

// Every lookup by a client-supplied id goes through these so it stays inside the caller's organization.
export function findOrgVendor(orgId: string, vendorId: string) {
  // ok: unscoped-tenant-query
  return vendors().findOne({ where: { id: vendorId, organization: { id: orgId } } });
}

export function findOrgPurchaseOrder(orgId: string, poId: string) {
  // ok: unscoped-tenant-query
  return purchaseOrders().findOneBy({ id: poId, organizationId: orgId });
}
