import type { GetServerSideProps } from 'next';
import { getToken } from 'next-auth/jwt';
import { prisma } from './prisma';

/** Shared by the app's pages: the signed-in user's agency currency, else the default. The pages load their data client-side. */
export const withCurrency: GetServerSideProps = async (ctx) => {
  const token = await getToken({ req: ctx.req });
  if (token) {
    const agency = await prisma.agency.findUnique({ where: { id: token.agencyId as string }, select: { defaultCurrency: true } });
    if (agency) return { props: { currency: agency.defaultCurrency } };
  }
  return { props: { currency: 'USD' } };
};
