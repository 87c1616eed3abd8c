import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData } from '@remix-run/react';
import { requireUser } from '~/auth.server';

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ name: user.name });
}

export default function ShowsLayout() {
  const { name } = useLoaderData<typeof loader>();
  return (
    <div>
      <header>Signed in as {name}</header>
      <Outlet />
    </div>
  );
}
