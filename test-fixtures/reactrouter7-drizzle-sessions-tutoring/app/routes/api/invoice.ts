import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/lib/auth.server';
import type { Route } from './+types/invoice';

// resource route: the parents' portal fetches the invoice as JSON
// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  // expect: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({ where: eq(schema.invoices.id, params.invoiceId) });
  if (!invoice) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(invoice);
}
