import { eq } from 'drizzle-orm';
import { useLoaderData } from 'react-router';
import { db, schema } from '~/db.server';

// the public tutor directory
// ok: missing-auth
export async function loader() {
  // ok: unscoped-tenant-query
  const tutors = await db.select().from(schema.tutorProfiles).where(eq(schema.tutorProfiles.published, true));
  return { tutors };
}

export default function Home() {
  const { tutors } = useLoaderData<typeof loader>();
  return <ul>{tutors.map((t) => <li key={t.id}>{t.displayName}</li>)}</ul>;
}
