import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { desc, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { getSession } from '~/sessions.server';

// listener messages for the team, inside the studio layout
// expect: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  const teamId = new URL(request.url).searchParams.get('team') ?? session.get('teamId') ?? '';
  const drafts = await db
    .select({ id: schema.episodes.id, title: schema.episodes.title, transcript: schema.episodes.transcript })
    .from(schema.episodes)
    .where(eq(schema.episodes.teamId, teamId))
    .orderBy(desc(schema.episodes.publishedAt));
  return json({ drafts });
}

export default function Inbox() {
  const { drafts } = useLoaderData<typeof loader>();
  return <ul>{drafts.map((d) => <li key={d.id}>{d.title}</li>)}</ul>;
}
