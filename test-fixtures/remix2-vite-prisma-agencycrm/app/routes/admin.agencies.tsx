import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { requireUserId } from '~/session.server';

// platform back-office: every agency with its plan; only signs the caller in
// expect: missing-role-check
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserId(request);
  // every agency's data to any signed-in user: no tenant filter and no role gate
  // expect: unscoped-tenant-query
  const agencies = await prisma.agency.findMany({ include: { _count: { select: { clients: true } } } });
  return json({ agencies });
}

const PlanChange = z.object({ agencyId: z.string(), plan: z.enum(['starter', 'growth', 'scale']) });

// expect: missing-role-check
export async function action({ request }: ActionFunctionArgs) {
  await requireUserId(request);
  const { agencyId, plan } = PlanChange.parse(Object.fromEntries(await request.formData()));
  // expect: unscoped-tenant-query
  await prisma.agency.update({ where: { id: agencyId }, data: { plan } });
  return json({ ok: true });
}
