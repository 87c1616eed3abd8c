import { eq } from 'drizzle-orm';
import { useLoaderData } from 'react-router';
import { db, schema } from '~/db.server';
import { userContext } from '~/lib/middleware.server';
import type { Route } from './+types/index';

// ok: missing-auth
export async function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  // ok: unscoped-tenant-query
  return { invoices: await db.select().from(schema.invoices).where(eq(schema.invoices.organizationId, user.organizationId)) };
}

export default function Billing() {
  const { invoices } = useLoaderData<typeof loader>();
  return <ul>{invoices.map((i) => <li key={i.id}>{i.amountCents}</li>)}</ul>;
}
