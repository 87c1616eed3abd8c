import { and, eq } from 'drizzle-orm';
import { data } from 'react-router';
import { db, schema } from '~/db.server';
import { requireUser } from '~/sessions.server';
import type { Route } from './+types/customer';

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  // expect: unscoped-tenant-query
  const customer = await db.query.customers.findFirst({ where: eq(schema.customers.id, params.customerId) });
  if (!customer) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(customer);
}

// the PATCH branch writes the whole form
// expect: missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  if (request.method === 'PATCH') {
    const form = await request.formData();
    // ok: unscoped-tenant-query
    await db.update(schema.customers).set(Object.fromEntries(form)).where(and(eq(schema.customers.id, params.customerId), eq(schema.customers.companyId, user.companyId)));
    return { updated: true };
  }
  if (request.method !== 'DELETE') return data({ error: 'method not allowed' }, { status: 405 });
  // ok: unscoped-tenant-query
  const [customer] = await db.select().from(schema.customers).where(eq(schema.customers.id, params.customerId));
  if (!customer || customer.companyId !== user.companyId) {
    return data({ error: 'not found' }, { status: 404 });
  }
  try {
    // ok: unscoped-tenant-query
    await db.delete(schema.customers).where(eq(schema.customers.id, customer.id));
    return { deleted: true };
  } catch (err) {
    // expect: error-details-leak
    return data({ error: (err as Error).message }, { status: 500 });
  }
}
