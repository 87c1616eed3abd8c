import { TRPCError } from "@trpc/server";

import type { db as Db } from "@/server/db";

/** Throws NOT_FOUND unless the pet belongs to the salon. */
export async function assertPetInOrg(db: typeof Db, orgId: string, petId: string) {
  // ok: unscoped-tenant-query
  const pet = await db.pet.findFirst({ where: { id: petId, organizationId: orgId }, select: { id: true } });
  if (!pet) throw new TRPCError({ code: "NOT_FOUND", message: "Pet not found" });
  return pet;
}

export async function assertCustomerInOrg(db: typeof Db, orgId: string, customerId: string) {
  // ok: unscoped-tenant-query
  const customer = await db.customer.findFirst({ where: { id: customerId, organizationId: orgId }, select: { id: true } });
  if (!customer) throw new TRPCError({ code: "NOT_FOUND", message: "Customer not found" });
  return customer;
}
