import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { createUserSession } from '~/session.server';

const LoginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8),
});

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const parsed = LoginSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    return json({ error: 'Invalid email or password' }, { status: 400 });
  }
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    return json({ error: 'Invalid email or password' }, { status: 400 });
  }
  return createUserSession(user.id, '/clients');
}

export default function Login() {
  const data = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" />
      {data?.error ? <p>{data.error}</p> : null}
      <button type="submit">Sign in</button>
    </Form>
  );
}
