import { Link, redirect, useLoaderData } from 'react-router';
import { desc } from 'drizzle-orm';
import type { Route } from './+types/_index';
import { db, schema } from '../db/client.server';
import { getSession } from '../sessions.server';

// the landing page: signed-in users go straight to their sites, visitors see the latest field notes
// expect: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  if (session.has('userId')) return redirect('/sites');
  const latest = await db.select().from(schema.notes).orderBy(desc(schema.notes.createdAt)).limit(5);
  return { latest };
}

export default function Landing() {
  const { latest } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Fieldnotes</h1>
      {latest.map((n) => <p key={n.id}>{n.body}</p>)}
      <Link to="/login">Sign in</Link>
    </main>
  );
}
