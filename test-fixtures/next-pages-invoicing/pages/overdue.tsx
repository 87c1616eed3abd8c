import type { GetServerSidePropsContext } from 'next';
import { getToken } from 'next-auth/jwt';
import { prisma } from '../lib/prisma';

// no sign-in check: for an anonymous visitor the agency id is undefined, and Prisma drops an undefined filter
// expect: missing-auth
export async function getServerSideProps(ctx: GetServerSidePropsContext) {
  const token = await getToken({ req: ctx.req });
  const overdue = await prisma.invoice.findMany({
    where: { agencyId: token?.agencyId as string, status: 'OVERDUE' },
    select: { id: true, number: true, amountCents: true },
  });
  return { props: { overdue } };
}

export default function Overdue({ overdue }: { overdue: { id: string; number: string }[] }) {
  return <ul>{overdue.map((i) => <li key={i.id}>{i.number}</li>)}</ul>;
}
