import { useLoaderData } from 'react-router';
import { eq } from 'drizzle-orm';
import type { Route } from './+types/notes.$noteId';
import { db, schema } from '../db/client.server';

// shared with the site foreman by link
// expect: missing-auth
export async function loader({ params }: Route.LoaderArgs) {
  const note = await db.query.notes.findFirst({ where: eq(schema.notes.id, params.noteId) });
  if (!note) throw new Response('Not found', { status: 404 });
  return { note };
}

export default function Note() {
  const { note } = useLoaderData<typeof loader>();
  return <article>{note.body}</article>;
}
