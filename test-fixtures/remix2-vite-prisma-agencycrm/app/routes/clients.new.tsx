import type { ActionFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form } from '@remix-run/react';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

const NewClient = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email().optional(),
});

// ok: missing-input-validation, missing-auth
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = NewClient.safeParse(Object.fromEntries(await request.formData()));
  if (!result.success) {
    return json({ errors: result.error.flatten().fieldErrors }, { status: 400 });
  }
  const client = await prisma.client.create({
    data: { ...result.data, agencyId: user.agencyId },
  });
  return redirect(`/clients/${client.id}`);
}

export default function NewClientPage() {
  return (
    <Form method="post">
      <input name="name" />
      <input name="email" />
      <button type="submit">Create</button>
    </Form>
  );
}
