import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import { requireVet } from '$lib/server/guards';
import { exportLimiter } from '$lib/server/limiter';
import type { RequestHandler } from './$types';

// ok: missing-auth, missing-rate-limit
export const GET: RequestHandler = async (event) => {
  const user = await requireVet(event);
  if (await exportLimiter.isLimited(event)) error(429, 'Slow down');
  try {
    // ok: unscoped-tenant-query
    const invoices = await prisma.invoice.findMany({ where: { clinicId: user.clinicId }, orderBy: { id: 'asc' } });
    const csv = ['id,pet,total_cents,paid', ...invoices.map((i) => `${i.id},${i.petId},${i.totalCents},${i.paid}`)].join('\n');
    return new Response(csv, { headers: { 'Content-Type': 'text/csv' } });
  } catch (e) {
    // expect: error-details-leak
    return json({ error: 'export failed', detail: (e as Error).message }, { status: 500 });
  }
};
