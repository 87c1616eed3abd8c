import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

const NewProject = z.object({ name: z.string().min(1).max(100), address: z.string().max(200).optional() });

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const projects = await prisma.project.findMany({
    where: { organizationId: user.organizationId, archived: false },
    orderBy: { name: 'asc' },
  });
  return json({ projects });
}

// ok: missing-auth, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get('intent');

  switch (intent) {
    case 'create': {
      const data = NewProject.parse(Object.fromEntries(formData));
      const project = await prisma.project.create({ data: { ...data, organizationId: user.organizationId } });
      return json({ project });
    }
    case 'archive': {
      const id = String(formData.get('projectId'));
      // expect: unscoped-tenant-query
      await prisma.project.update({ where: { id }, data: { archived: true } });
      return json({ ok: true });
    }
    default:
      throw new Response(`Unknown intent ${intent}`, { status: 400 });
  }
}

export default function Projects() {
  const { projects } = useLoaderData<typeof loader>();
  return (
    <ul>
      {projects.map((p) => (
        <li key={p.id}>
          <Link to={p.id}>{p.name}</Link>
          <Form method="post">
            <input type="hidden" name="projectId" value={p.id} />
            <button name="intent" value="archive">Archive</button>
          </Form>
        </li>
      ))}
    </ul>
  );
}
