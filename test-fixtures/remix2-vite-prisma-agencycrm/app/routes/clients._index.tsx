import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const status = url.searchParams.get('status') ?? undefined;
  // ok: unscoped-tenant-query
  const clients = await prisma.client.findMany({
    where: { agencyId: user.agencyId, status },
    orderBy: { name: 'asc' },
  });
  return json({ clients });
}

export default function Clients() {
  const { clients } = useLoaderData<typeof loader>();
  return (
    <ul>
      {clients.map((c) => (
        <li key={c.id}>
          <Link to={c.id}>{c.name}</Link>
        </li>
      ))}
    </ul>
  );
}
