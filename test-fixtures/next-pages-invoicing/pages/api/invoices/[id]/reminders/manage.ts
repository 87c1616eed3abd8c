import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { z } from 'zod';
import { prisma } from '../../../../../lib/prisma';
import { withAuth } from '../../../../../lib/withAuth';

const Schedule = z.object({ daysBeforeDue: z.array(z.number().int().min(0).max(60)).max(5) });

// PUT /api/invoices/:id/reminders/manage: any member of the agency schedules reminders for its invoices
// ("manage" is the verb here, not an admin area)
async function handler(req: NextApiRequest, res: NextApiResponse, session: Session) {
  if (req.method !== 'PUT') return res.status(405).end();
  const { daysBeforeDue } = Schedule.parse(req.body);
  const updated = await prisma.invoice.updateMany({
    where: { id: String(req.query.id), agencyId: session.user.agencyId },
    data: { reminderDays: daysBeforeDue },
  });
  return res.status(200).json({ updated: updated.count });
}

// ok: missing-role-check
export default withAuth(handler);
