import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

const RoleChange = z.object({ intent: z.literal('role'), userId: z.string(), role: z.enum(['member', 'manager', 'owner']) });
const Removal = z.object({ intent: z.literal('remove'), userId: z.string() });

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const members = await prisma.user.findMany({ where: { accountId: user.accountId }, select: { id: true, name: true, email: true, role: true } });
  return json({ members, me: user.id });
}

// role changes: the UI hides the menu for non-owners, the action does not check
// (the owner check guards only the intent === 'remove' branch, which returns inside it: the role change after it runs for any member)
// ok: missing-auth, missing-input-validation
// expect: missing-role-check
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = Object.fromEntries(await request.formData());
  if (form.intent === 'remove') {
    const { userId } = Removal.parse(form);
    if (user.role !== 'owner') return json({ error: 'Only owners can remove members' }, { status: 403 });
    // ok: unscoped-tenant-query
    await prisma.user.deleteMany({ where: { id: userId, accountId: user.accountId } });
    return json({ ok: true });
  }
  const { userId, role } = RoleChange.parse(form);
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: userId, accountId: user.accountId }, data: { role } });
  return json({ ok: true });
}
