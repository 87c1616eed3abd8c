import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Ticket } from '@/models/Ticket';
import { Asset } from '@/models/Asset';

const NewTicket = z.object({ title: z.string().min(3).max(200), assetId: z.string().length(24).optional() });

// ok: missing-input-validation
export default withAuth(async (req, res, session) => {
  await connectDb();
  if (req.method === 'GET') {
    const status = typeof req.query.status === 'string' ? req.query.status : 'open';
    // expect: unscoped-tenant-query
    const tickets = await Ticket.find({ status }).sort({ createdAt: -1 }).limit(100).lean();
    return res.json(tickets);
  }
  if (req.method === 'POST') {
    const parsed = NewTicket.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: 'Invalid ticket' });
    let asset = null;
    if (parsed.data.assetId) {
      // ok: unscoped-tenant-query
      asset = await Asset.findOne({ _id: parsed.data.assetId, organization: session.user.orgId });
      if (!asset) return res.status(404).json({ error: 'Asset not found' });
    }
    const ticket = await Ticket.create({
      title: parsed.data.title,
      asset: asset?._id,
      organization: session.user.orgId,
      openedBy: session.user.id,
    });
    return res.status(201).json(ticket);
  }
  return res.status(405).end();
});
