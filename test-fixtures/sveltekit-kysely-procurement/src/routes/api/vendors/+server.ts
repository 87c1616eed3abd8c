import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { db } from '$lib/server/db';
import { assertRole } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const VendorInput = v.object({
  name: v.pipe(v.string(), v.minLength(2)),
  taxId: v.optional(v.string()),
  bankAccount: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}[0-9A-Z]{13,32}$/))),
});

// expect: missing-auth
export const GET: RequestHandler = async ({ url }) => {
  const orgId = url.searchParams.get('org') ?? '';
  const vendors = await db.selectFrom('vendors').select(['id', 'name', 'tax_id', 'bank_account']).where('organization_id', '=', orgId).execute();
  return json(vendors);
};

// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async ({ locals, request }) => {
  assertRole(locals.user, 'approver', 'org_admin');
  const input = v.parse(VendorInput, await request.json());
  const vendor = await db
    .insertInto('vendors')
    .values({ id: crypto.randomUUID(), organization_id: locals.user.organizationId, name: input.name, tax_id: input.taxId ?? null, bank_account: input.bankAccount ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return json(vendor, { status: 201 });
};
