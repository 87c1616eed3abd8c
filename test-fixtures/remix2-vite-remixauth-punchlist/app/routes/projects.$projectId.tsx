import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { requireUser, requireUserId } from '~/session.server';

const NewItem = z.object({ title: z.string().min(1).max(200) });

// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserId(request);
  // expect: unscoped-tenant-query
  const project = await prisma.project.findUnique({
    where: { id: params.projectId },
    include: { items: { orderBy: { title: 'asc' } } },
  });
  if (!project) throw new Response('Not found', { status: 404 });
  return json({ project });
}

// ok: missing-auth
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({
    where: { id: params.projectId, organizationId: user.organizationId },
  });
  if (!project) throw new Response('Not found', { status: 404 });

  const formData = await request.formData();
  const intent = formData.get('intent');

  if (intent === 'add-item') {
    const { title } = NewItem.parse({ title: formData.get('title') });
    await prisma.item.create({
      data: { title, projectId: project.id, organizationId: user.organizationId, createdById: user.id },
    });
    return json({ ok: true });
  }

  if (intent === 'close-item') {
    // ok: unscoped-tenant-query
    await prisma.item.updateMany({
      where: { id: String(formData.get('itemId')), projectId: project.id },
      data: { status: 'closed' },
    });
    return json({ ok: true });
  }

  if (intent === 'move-item') {
    const itemId = String(formData.get('itemId'));
    // ok: unscoped-tenant-query
    await prisma.item.update({
      where: { id: itemId, project: { organizationId: user.organizationId } },
      data: { projectId: project.id },
    });
    return json({ ok: true });
  }

  return json({ error: 'Unknown intent' }, { status: 400 });
}

export default function ProjectPage() {
  const { project } = useLoaderData<typeof loader>();
  return <h1>{project.name}</h1>;
}
