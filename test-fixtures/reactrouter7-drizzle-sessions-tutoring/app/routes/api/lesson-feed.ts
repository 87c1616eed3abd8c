import { desc, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { getUserId } from '~/lib/auth.server';
import type { Route } from './+types/lesson-feed';

// calendar subscription feed; the session is read but a missing one is never refused
// expect: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const userId = await getUserId(request);
  const url = new URL(request.url);
  const studentId = url.searchParams.get('student') ?? '';
  // expect: token-logging
  console.debug('lesson feed', userId, request.headers.get('Cookie'));
  const rows = await db.select().from(schema.lessons).where(eq(schema.lessons.studentId, studentId)).orderBy(desc(schema.lessons.startsAt));
  return Response.json(rows);
}
