import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';
import { commitSession, getSession } from '~/sessions.server';

// support staff sign in as a customer to reproduce bugs
// expect: missing-role-check
export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  // expect: unscoped-tenant-query
  const target = await db.query.users.findFirst({ where: eq(schema.users.id, params.userId!) });
  if (!target) throw new Response('Not found', { status: 404 });
  const session = await getSession(request.headers.get('Cookie'));
  session.set('userId', target.id);
  session.set('teamId', target.teamId);
  return redirect('/shows', { headers: { 'Set-Cookie': await commitSession(session) } });
}
