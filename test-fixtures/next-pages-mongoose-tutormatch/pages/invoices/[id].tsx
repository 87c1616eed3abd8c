import type { GetServerSideProps } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';
import { connectDb } from '@/lib/db';
import { Invoice } from '@/models/Invoice';

type Props = { invoice: { number: string; totalCents: number; currency: string; status: string } };

// ok: missing-auth
export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res, params }) => {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return { redirect: { destination: '/login', permanent: false } };
  await connectDb();
  // expect: unscoped-tenant-query
  const invoice = await Invoice.findById(params?.id).lean();
  if (!invoice) return { notFound: true };
  return { props: { invoice: JSON.parse(JSON.stringify(invoice)) } };
};

export default function InvoicePage({ invoice }: Props) {
  return (
    <main>
      <h1>Invoice {invoice.number}</h1>
      <p>
        {(invoice.totalCents / 100).toFixed(2)} {invoice.currency.toUpperCase()} - {invoice.status}
      </p>
    </main>
  );
}
