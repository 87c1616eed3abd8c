import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { prisma } from '~/db.server';
import { getUserId, requireUserId } from '~/session.server';

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await getUserId(request);
  if (!userId) throw redirect('/login?redirectTo=/settings');
  // ok: unscoped-tenant-query
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { name: true, title: true } });
  return json({ user });
}

// ok: missing-auth
// expect: missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  try {
    // ok: unscoped-tenant-query
    await prisma.user.update({
      where: { id: userId },
      data: { name: String(formData.get('name')), title: String(formData.get('title')) },
    });
    return json({ ok: true });
  } catch (error) {
    // expect: error-details-leak
    return json({ ok: false, error: (error as Error).message }, { status: 500 });
  }
}

export default function Settings() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <Form method="post">
      <input name="name" defaultValue={user?.name} />
      <input name="title" defaultValue={user?.title ?? ''} />
      <button type="submit">Save</button>
    </Form>
  );
}
