import { Form, redirect, data } from 'react-router';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import type { Route } from './+types/join';
import { db, schema } from '../db/client.server';
import { commitSession, getSession } from '../sessions.server';
import { rateLimit } from '../ratelimit.server';

const JoinSchema = z.object({
  orgName: z.string().min(2).max(80),
  email: z.string().email(),
  password: z.string().min(12),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  await rateLimit(request);
  const parsed = JoinSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  const { orgName, email, password } = parsed.data;
  const [org] = await db.insert(schema.organizations).values({ name: orgName }).returning();
  const [user] = await db
    .insert(schema.users)
    .values({ orgId: org.id, email, passwordHash: await bcrypt.hash(password, 12), role: 'admin' })
    .returning();
  const session = await getSession(request.headers.get('Cookie'));
  session.set('userId', user.id);
  return redirect('/sites', { headers: { 'Set-Cookie': await commitSession(session) } });
}

export default function Join() {
  return (
    <Form method="post">
      <input name="orgName" />
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button type="submit">Create workspace</button>
    </Form>
  );
}
