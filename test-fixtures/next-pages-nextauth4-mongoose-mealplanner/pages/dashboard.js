import { getServerSession } from 'next-auth/next';
import { authOptions } from '../lib/auth';
import dbConnect from '../lib/mongodb';
import Client from '../models/Client';
import { lookupFood } from '../lib/nutrition';

export async function getServerSideProps(ctx) {
  const session = await getServerSession(ctx.req, ctx.res, authOptions);
  if (!session) return { redirect: { destination: '/login', permanent: false } };
  await dbConnect();
  // ok: unscoped-tenant-query
  const recent = await Client.find({ practice: session.user.practiceId }).sort({ updatedAt: -1 }).limit(10).lean();
  return { props: { recent: JSON.parse(JSON.stringify(recent)), user: session.user } };
}

export default function Dashboard({ recent, user }) {
  return (
    <main>
      <h1>Welcome back, {user.name}</h1>
      <button onClick={() => lookupFood('oats')}>Try food lookup</button>
      <ul>
        {recent.map((c) => (
          <li key={c._id}>
            <a href={`/clients/${c._id}`}>{c.name}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
