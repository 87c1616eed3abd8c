import { useLoaderData } from 'react-router';
import type { Route } from './+types/reports.$reportId';
import { prisma } from '~/lib/db.server';
import { userContext } from '~/lib/middleware.server';

// ok: missing-auth
export async function loader({ params, context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  // ok: unscoped-tenant-query
  const report = await prisma.report.findFirst({ where: { id: params.reportId, workspaceId: user.workspaceId } });
  if (!report) throw new Response('Not found', { status: 404 });
  return { report };
}

export default function Report() {
  const { report } = useLoaderData<typeof loader>();
  return <article>{report.body}</article>;
}
