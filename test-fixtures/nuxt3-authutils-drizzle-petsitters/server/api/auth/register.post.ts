import { agencies, users } from '../../database/schema';

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, registerSchema.parse);
  const db = useDb();
  const [agency] = await db.insert(agencies).values({ name: body.agencyName }).returning();
  const [user] = await db
    .insert(users)
    .values({
      email: body.email.toLowerCase(),
      name: body.name,
      passwordHash: await hashPassword(body.password),
      role: 'owner',
      agencyId: agency.id,
    })
    .returning();
  await setUserSession(event, { user: { id: user.id, email: user.email, role: user.role, agencyId: agency.id } });
  setResponseStatus(event, 201);
  return { id: user.id };
});
