import { json, type ActionFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

const STAGES = ['lead', 'qualified', 'proposal', 'won', 'lost'];

// drag-and-drop on the pipeline board
// ok: missing-auth, missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const stage = String((await request.formData()).get('stage'));
  if (!STAGES.includes(stage)) return json({ error: 'bad stage' }, { status: 400 });
  // ok: unscoped-tenant-query
  await prisma.deal.updateMany({
    where: { id: params.dealId, accountId: user.accountId },
    data: { stage, closedAt: stage === 'won' || stage === 'lost' ? new Date() : null },
  });
  return json({ ok: true });
}
