import { Form, redirect, data } from 'react-router';
import { eq } from 'drizzle-orm';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import type { Route } from './+types/invite.$token';
import { db, schema } from '../db/client.server';
import { commitSession, getSession } from '../sessions.server';

type InviteClaims = { orgId: string; email: string };

// ok: missing-auth
export async function loader({ params }: Route.LoaderArgs) {
  const invite = await db.query.invites.findFirst({ where: eq(schema.invites.token, params.token) });
  if (!invite) throw new Response('Invite expired', { status: 404 });
  return { email: invite.email };
}

// accepting an invite creates the account
// expect: missing-rate-limit, missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  // expect: insecure-jwt
  const claims = jwt.decode(params.token) as InviteClaims | null;
  if (!claims) return data({ error: 'Invalid invite' }, { status: 400 });
  const form = await request.formData();
  const password = form.get('password') as string;
  const [user] = await db
    .insert(schema.users)
    .values({ orgId: claims.orgId, email: claims.email, passwordHash: await bcrypt.hash(password, 12) })
    .returning();
  const session = await getSession(request.headers.get('Cookie'));
  session.set('userId', user.id);
  return redirect('/sites', { headers: { 'Set-Cookie': await commitSession(session) } });
}

export default function AcceptInvite() {
  return (
    <Form method="post">
      <input name="password" type="password" minLength={12} />
      <button type="submit">Join</button>
    </Form>
  );
}
