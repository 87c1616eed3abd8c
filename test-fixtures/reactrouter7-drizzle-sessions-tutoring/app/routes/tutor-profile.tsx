import { and, eq } from 'drizzle-orm';
import { data, useLoaderData } from 'react-router';
import { db, schema } from '~/db.server';
import type { Route } from './+types/tutor-profile';

// ok: missing-auth
export async function loader({ params }: Route.LoaderArgs) {
  const profile = await db.query.tutorProfiles.findFirst({
    where: and(eq(schema.tutorProfiles.id, params.tutorId), eq(schema.tutorProfiles.published, true)),
  });
  if (!profile) throw data('Not found', { status: 404 });
  return { profile };
}

export default function TutorProfile() {
  const { profile } = useLoaderData<typeof loader>();
  return <h1>{profile.displayName}</h1>;
}
