import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { asc } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireStaff } from '~/auth.server';

// ok: missing-auth, missing-role-check, unscoped-tenant-query
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const teams = await db.select().from(schema.teams).orderBy(asc(schema.teams.name));
  return json({ teams });
}

export default function AdminTeams() {
  const { teams } = useLoaderData<typeof loader>();
  return <table><tbody>{teams.map((t) => <tr key={t.id}><td>{t.name}</td><td>{t.plan}</td></tr>)}</tbody></table>;
}
