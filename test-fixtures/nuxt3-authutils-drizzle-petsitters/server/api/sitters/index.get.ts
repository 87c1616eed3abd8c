import { eq } from 'drizzle-orm';
import { sitterProfiles, users } from '../../database/schema';

// Used by the booking widget to show who is available
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const { agency } = getQuery(event);
  return useDb()
    .select({ id: users.id, name: users.name, email: users.email, bio: sitterProfiles.bio })
    .from(sitterProfiles)
    .innerJoin(users, eq(users.id, sitterProfiles.userId))
    .where(eq(sitterProfiles.agencyId, Number(agency)));
});
