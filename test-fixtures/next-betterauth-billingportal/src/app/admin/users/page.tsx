import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { db, user } from '@/db';
import { requireAdmin, requireUser } from '@/lib/session';

export default async function AdminUsersPage() {
  await requireAdmin();
  const users = await db.select().from(user).limit(100);

  // ok: missing-role-check, missing-auth
  async function deleteUserAction(formData: FormData) {
    'use server';
    await requireAdmin();
    await db.delete(user).where(eq(user.id, String(formData.get('userId'))));
    revalidatePath('/admin/users');
  }

  // expect: missing-role-check
  async function unverifyUserAction(formData: FormData) {
    'use server';
    await requireUser();
    // expect: unscoped-tenant-query
    await db.update(user).set({ emailVerified: false, role: 'user' }).where(eq(user.id, String(formData.get('userId'))));
    revalidatePath('/admin/users');
  }

  return (
    <ul>
      {users.map((u) => (
        <li key={u.id}>
          {u.email}
          <form action={deleteUserAction}>
            <input type="hidden" name="userId" value={u.id} />
            <button>Delete</button>
          </form>
          <form action={unverifyUserAction}>
            <input type="hidden" name="userId" value={u.id} />
            <button>Reset</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
