"use server";

import { revalidatePath } from "next/cache";

import { auth } from "@/server/auth";
import { db } from "@/server/db";

async function requireSalon() {
  const session = await auth();
  if (!session?.user?.organizationId) throw new Error("Unauthorized");
  return { userId: session.user.id, orgId: session.user.organizationId, role: session.user.role };
}

// ok: missing-auth
// expect: missing-rate-limit
export async function exportCustomersCsv() {
  const { orgId } = await requireSalon();
  // ok: unscoped-tenant-query
  const customers = await db.customer.findMany({ where: { organizationId: orgId }, orderBy: { name: "asc" } });
  return ["name,email,phone", ...customers.map((c) => [c.name, c.email ?? "", c.phone ?? ""].join(","))].join("\n");
}

// ok: missing-auth
export async function deleteCustomer(customerId: string) {
  const { orgId } = await requireSalon();
  // ok: unscoped-tenant-query
  await db.customer.deleteMany({ where: { id: customerId, organizationId: orgId } });
  revalidatePath("/dashboard/customers");
}
