import { Link, useLoaderData } from 'react-router';
import type { Route } from './+types/home';
import { prisma } from '~/lib/db.server';

export function meta() {
  return [{ title: 'Northside Physio Group' }];
}

// Marketing page: the clinics that take online bookings, with their city.
// ok: missing-auth
export async function loader(_: Route.LoaderArgs) {
  // ok: unscoped-tenant-query
  const clinics = await prisma.clinic.findMany({
    where: { bookingOpen: true },
    select: { slug: true, name: true, city: true },
    orderBy: { name: 'asc' },
  });
  return { clinics };
}

export default function Home() {
  const { clinics } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Physiotherapy that gets you moving again</h1>
      <ul>
        {clinics.map((c) => (
          <li key={c.slug}>
            {c.name}, {c.city} — <Link to={`/book/${c.slug}`}>Book a visit</Link>
          </li>
        ))}
      </ul>
      <Link to="/login">Staff sign in</Link>
    </main>
  );
}
