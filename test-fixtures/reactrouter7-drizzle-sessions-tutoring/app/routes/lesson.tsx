import { and, eq } from 'drizzle-orm';
import { data, useLoaderData } from 'react-router';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { requireUser } from '~/lib/auth.server';
import type { Route } from './+types/lesson';

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const lesson = await db.query.lessons.findFirst({
    where: and(eq(schema.lessons.id, params.lessonId), eq(schema.lessons.organizationId, user.organizationId)),
  });
  if (!lesson) throw data('Not found', { status: 404 });
  return { lesson };
}

const Summary = z.object({ summary: z.string().max(4000) });

// ok: missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  await requireUser(request);
  const parsed = Summary.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: 'invalid' }, { status: 400 });
  try {
    // expect: unscoped-tenant-query
    await db.update(schema.lessons).set({ summary: parsed.data.summary }).where(eq(schema.lessons.id, params.lessonId));
  } catch (err) {
    // expect: error-details-leak
    return data({ error: (err as Error).message }, { status: 500 });
  }
  return { ok: true };
}

export default function Lesson() {
  const { lesson } = useLoaderData<typeof loader>();
  return <article>{lesson.summary}</article>;
}
