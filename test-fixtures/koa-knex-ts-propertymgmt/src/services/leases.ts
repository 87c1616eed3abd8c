import { db } from '../db';

export interface LeaseInput {
  tenantId: number;
  unit?: string;
  startsOn: string;
  endsOn?: string;
  rentCents: number;
}

export async function listLeases(companyId: number, propertyId: number) {
  // ok: unscoped-tenant-query
  return db('leases').where({ company_id: companyId, property_id: propertyId }).orderBy('starts_on', 'desc');
}

export async function createLease(companyId: number, propertyId: number, input: LeaseInput) {
  // ok: unscoped-tenant-query
  const renter = await db('tenants').where({ id: input.tenantId, company_id: companyId }).first('id');
  if (!renter) return null;
  const [lease] = await db('leases')
    .insert({
      company_id: companyId,
      property_id: propertyId,
      tenant_id: renter.id,
      unit: input.unit,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      rent_cents: input.rentCents,
    })
    .returning('*');
  return lease;
}

export async function terminateLease(companyId: number, leaseId: number, endsOn: string) {
  // ok: unscoped-tenant-query
  return db('leases').where({ id: leaseId, company_id: companyId }).update({ status: 'terminated', ends_on: endsOn });
}

export async function leaseDocumentPath(leaseId: number) {
  // expect: unscoped-tenant-query
  const row = await db('leases').where({ id: leaseId }).first('document_path');
  return row?.document_path as string | undefined;
}
