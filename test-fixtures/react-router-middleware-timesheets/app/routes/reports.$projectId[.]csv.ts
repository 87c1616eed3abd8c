import { prisma } from '../db.server';
import type { Route } from './+types/reports.$projectId[.]csv';

// linked from the project page, but outside the _app layout: no middleware runs here
// expect: missing-auth, missing-rate-limit
export async function loader({ params }: Route.LoaderArgs) {
  const entries = await prisma.timeEntry.findMany({ where: { projectId: params.projectId } });
  const csv = ['minutes,note', ...entries.map((e) => `${e.minutes},"${e.note ?? ''}"`)].join('\n');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv' } });
}
