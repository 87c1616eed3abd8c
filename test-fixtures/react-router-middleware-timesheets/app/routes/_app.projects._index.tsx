import { prisma } from '../db.server';
import { userContext } from '../context';
import type { Route } from './+types/_app.projects._index';

export async function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  // ok: unscoped-tenant-query
  const projects = await prisma.project.findMany({ where: { companyId: user.companyId }, orderBy: { name: 'asc' } });
  return { projects };
}
