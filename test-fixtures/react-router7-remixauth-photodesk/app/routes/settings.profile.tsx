import { Form } from 'react-router';
import type { Route } from './+types/settings.profile';
import { requireUserId } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

export async function loader({ request }: Route.LoaderArgs) {
  const userId = await requireUserId(request);
  // ok: unscoped-tenant-query
  return prisma.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
}

// expect: missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  await prisma.user.update({
    where: { id: userId },
    data: { name: formData.get('name') as string, email: formData.get('email') as string },
  });
  return { saved: true };
}

export default function Profile() {
  return (
    <Form method="post">
      <input name="name" />
      <input name="email" />
    </Form>
  );
}
