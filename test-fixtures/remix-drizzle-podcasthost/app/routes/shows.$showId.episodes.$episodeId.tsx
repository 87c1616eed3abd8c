import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';

const EpisodeUpdate = z.object({
  intent: z.enum(['save', 'publish', 'delete']),
  title: z.string().min(1).max(200).optional(),
});

// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const episode = await db.query.episodes.findFirst({
    where: and(eq(schema.episodes.id, params.episodeId!), eq(schema.episodes.teamId, user.teamId)),
  });
  if (!episode) throw new Response('Not found', { status: 404 });
  return json({ episode });
}

// ok: missing-auth, missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const input = EpisodeUpdate.parse(Object.fromEntries(await request.formData()));
  // ok: unscoped-tenant-query
  const episode = await db.query.episodes.findFirst({ where: eq(schema.episodes.id, params.episodeId!) });
  if (!episode || episode.teamId !== user.teamId) throw new Response('Not found', { status: 404 });

  if (input.intent === 'delete') {
    if (user.role === 'viewer') throw new Response('Forbidden', { status: 403 });
    await db.delete(schema.episodes).where(eq(schema.episodes.id, episode.id));
    return redirect(`/shows/${params.showId}`);
  }
  await db
    .update(schema.episodes)
    .set({
      title: input.title ?? episode.title,
      ...(input.intent === 'publish' ? { status: 'published' as const, publishedAt: new Date() } : {}),
    })
    .where(eq(schema.episodes.id, episode.id));
  return json({ ok: true });
}

export default function EpisodePage() {
  const { episode } = useLoaderData<typeof loader>();
  return (
    <Form method="post">
      <input name="title" defaultValue={episode.title} />
      <button name="intent" value="save">Save</button>
      <button name="intent" value="publish">Publish</button>
      <button name="intent" value="delete">Delete</button>
    </Form>
  );
}
