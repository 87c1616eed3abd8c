import { eq } from 'drizzle-orm';

// expect: missing-auth
export default defineEventHandler(async (event) => {
  const user = await getUser(event);
  const { name } = await readValidatedBody(event, (b: any) => ({ name: String(b?.name ?? '').slice(0, 80) }));
  await db.update(tables.users).set({ name }).where(eq(tables.users.id, user?.id ?? ''));
  return { ok: true };
});
