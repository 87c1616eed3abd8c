import { Form, redirect, useLoaderData } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/albums._index';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

const NewAlbum = z.object({
  title: z.string().min(1).max(120),
  clientName: z.string().max(120).optional(),
});

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const albums = await prisma.album.findMany({
    where: { workspaceId: user.workspaceId },
    orderBy: { createdAt: 'desc' },
  });
  return { albums };
}

// ok: missing-input-validation, missing-auth
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get('intent');
  if (intent === 'create') {
    const input = NewAlbum.parse(Object.fromEntries(formData));
    const album = await prisma.album.create({ data: { ...input, workspaceId: user.workspaceId } });
    return redirect(`/albums/${album.id}`);
  }
  if (intent === 'archive-empty') {
    // ok: unscoped-tenant-query
    await prisma.album.deleteMany({ where: { workspaceId: user.workspaceId, photos: { none: {} } } });
    return { ok: true };
  }
  throw new Response('Unknown intent', { status: 400 });
}

export default function Albums() {
  const { albums } = useLoaderData<typeof loader>();
  return (
    <ul>
      {albums.map((a) => (
        <li key={a.id}>{a.title}</li>
      ))}
      <Form method="post">
        <input name="title" />
        <button name="intent" value="create">Create</button>
      </Form>
    </ul>
  );
}
