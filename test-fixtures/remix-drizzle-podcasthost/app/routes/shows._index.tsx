import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { asc, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const shows = await db.select().from(schema.shows).where(eq(schema.shows.teamId, user.teamId)).orderBy(asc(schema.shows.title));
  return json({ shows });
}

export default function Shows() {
  const { shows } = useLoaderData<typeof loader>();
  return <ul>{shows.map((s) => <li key={s.id}><Link to={s.id}>{s.title}</Link></li>)}</ul>;
}
