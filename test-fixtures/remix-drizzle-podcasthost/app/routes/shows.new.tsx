import { json, redirect, type ActionFunctionArgs } from '@remix-run/node';
import { Form } from '@remix-run/react';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';

const NewShow = z.object({
  title: z.string().min(1).max(120),
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  description: z.string().max(4000).optional(),
});

// ok: missing-auth, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = NewShow.safeParse(Object.fromEntries(await request.formData()));
  if (!result.success) return json({ errors: result.error.flatten().fieldErrors }, { status: 400 });
  const [show] = await db.insert(schema.shows).values({ ...result.data, teamId: user.teamId }).returning({ id: schema.shows.id });
  return redirect(`/shows/${show.id}`);
}

export default function NewShowPage() {
  return (
    <Form method="post">
      <input name="title" />
      <input name="slug" />
      <textarea name="description" />
      <button type="submit">Create show</button>
    </Form>
  );
}
