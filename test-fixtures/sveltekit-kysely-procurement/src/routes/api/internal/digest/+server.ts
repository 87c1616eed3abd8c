import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { db } from '$lib/server/db';
import { pushToErp } from '$lib/server/erp';
import type { RequestHandler } from './$types';

// Nightly job: called by the scheduler with the cron secret
// ok: missing-auth, missing-role-check
export const POST: RequestHandler = async ({ request }) => {
  if (request.headers.get('authorization') !== `Bearer ${env.CRON_SECRET}`) error(401, 'Unauthorized');
  // ok: unscoped-tenant-query
  const approved = await db.selectFrom('purchase_requests').selectAll().where('status', '=', 'approved').execute();
  await pushToErp(approved);
  await db.updateTable('purchase_requests').set({ status: 'ordered' }).where('status', '=', 'approved').execute();
  return json({ pushed: approved.length });
};
