import type { LoaderFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

const esc = (v: string | null) => `"${(v ?? '').replace(/"/g, '""')}"`;

// resource route: CSV download of the account's contacts
// ok: missing-auth
// expect: missing-rate-limit
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const contacts = await prisma.contact.findMany({ where: { accountId: user.accountId }, orderBy: { name: 'asc' } });
  const csv = ['name,email,phone,company', ...contacts.map((c) => [c.name, c.email, c.phone, c.company].map(esc).join(','))].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="contacts.csv"' },
  });
}
