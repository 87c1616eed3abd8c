import { z } from 'zod';
import { parseRequest } from '@/lib/request';
import { json, ok, unauthorized } from '@/lib/response';
import { canUpdateSite } from '@/permissions';
import { deleteGoal, getSiteGoal, updateGoal } from '@/queries/sites';

const Rename = z.object({ name: z.string().min(1).max(120) });

export async function POST(request: Request, { params }: { params: Promise<{ siteId: string; goalId: string }> }) {
  const { auth, body, error } = await parseRequest(request, Rename);
  if (error) return error();
  const { siteId, goalId } = await params;
  if (!(await canUpdateSite(auth, siteId))) return unauthorized();

  // found within the site the caller may update: goalId is that site's
  const goal = await getSiteGoal(siteId, goalId);
  if (!goal) return Response.json({ error: 'Not found' }, { status: 404 });

  return json(await updateGoal(goalId, body.name));
}

export async function DELETE(request: Request, { params }: { params: Promise<{ siteId: string; goalId: string }> }) {
  const { auth, error } = await parseRequest(request);
  if (error) return error();
  const { siteId, goalId } = await params;
  if (!(await canUpdateSite(auth, siteId))) return unauthorized();
  // the site is checked, the goal is not looked up in it: any goal id goes
  await deleteGoal(goalId);
  return ok();
}
