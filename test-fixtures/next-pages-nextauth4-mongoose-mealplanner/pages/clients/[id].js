import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../lib/auth';
import dbConnect from '../../lib/mongodb';
import Client from '../../models/Client';
import MealPlan from '../../models/MealPlan';

export async function getServerSideProps({ req, res, params }) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return { redirect: { destination: '/login', permanent: false } };
  await dbConnect();
  // expect: unscoped-tenant-query
  const client = await Client.findById(params.id).lean();
  if (!client) return { notFound: true };
  // ok: unscoped-tenant-query
  const plans = await MealPlan.find({ client: client._id, practice: session.user.practiceId }).select('title createdAt').lean();
  return { props: { client: JSON.parse(JSON.stringify(client)), plans: JSON.parse(JSON.stringify(plans)) } };
}

export default function ClientPage({ client, plans }) {
  return (
    <main>
      <h1>{client.name}</h1>
      <p>{client.goals}</p>
      <ul>
        {plans.map((p) => (
          <li key={p._id}>{p.title}</li>
        ))}
      </ul>
    </main>
  );
}
