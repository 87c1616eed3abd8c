import { desc, eq } from 'drizzle-orm';
import { data, useLoaderData } from 'react-router';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { requireUser } from '~/lib/auth.server';
import type { Route } from './+types/lessons';

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(schema.lessons).where(eq(schema.lessons.organizationId, user.organizationId)).orderBy(desc(schema.lessons.startsAt));
  return { lessons: rows };
}

const NewLesson = z.object({
  subject: z.string().min(1).max(60),
  studentId: z.string().uuid(),
  startsAt: z.coerce.date(),
});

// the dashboard layout's loader checks the session, but that does not run before this action
// expect: missing-auth
export async function action({ request }: Route.ActionArgs) {
  const parsed = NewLesson.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: 'invalid' }, { status: 400 });
  const student = await db.query.students.findFirst({ where: eq(schema.students.id, parsed.data.studentId) });
  if (!student) return data({ error: 'unknown student' }, { status: 404 });
  await db.insert(schema.lessons).values({ id: crypto.randomUUID(), ...parsed.data, tutorId: 'unassigned', organizationId: student.organizationId });
  return { ok: true };
}

// runs in the browser: caches the server loader's answer between tab switches
// ok: missing-auth
export async function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
  const cached = sessionStorage.getItem('lessons');
  if (cached) return JSON.parse(cached);
  const fresh = await serverLoader();
  sessionStorage.setItem('lessons', JSON.stringify(fresh));
  return fresh;
}

export default function Lessons() {
  const { lessons } = useLoaderData<typeof loader>();
  return <ul>{lessons.map((l) => <li key={l.id}>{l.subject}</li>)}</ul>;
}
