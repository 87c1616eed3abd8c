import { connectDb } from '@/lib/db';
import { Invoice } from '@/models/Invoice';

type Props = { rows: { number: string; totalCents: number }[] };

// linked from the owner's weekly email; nobody added the session check
// expect: missing-auth
export async function getServerSideProps({ query }: { query: Record<string, string> }) {
  await connectDb();
  const rows = await Invoice.find({ agencyId: query.agency, status: 'paid' }).select('number totalCents').lean();
  return { props: { rows: JSON.parse(JSON.stringify(rows)) } };
}

export default function RevenuePage({ rows }: Props) {
  const total = rows.reduce((s, r) => s + r.totalCents, 0);
  return (
    <main>
      <h1>Paid invoices</h1>
      <p>Total: {(total / 100).toFixed(2)}</p>
    </main>
  );
}
