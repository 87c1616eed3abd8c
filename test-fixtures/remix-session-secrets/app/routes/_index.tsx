import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireUserId } from '../session.server';
import { preferences } from '../cookies.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const prefs = (await preferences.parse(request.headers.get('Cookie'))) ?? { theme: 'light' };
  return json({ userId, theme: prefs.theme as string });
}

export default function Index() {
  const { theme } = useLoaderData<typeof loader>();
  return <main className={theme}>Your notes</main>;
}
