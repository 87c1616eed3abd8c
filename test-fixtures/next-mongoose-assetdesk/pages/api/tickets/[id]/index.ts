import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Ticket } from '@/models/Ticket';

async function ticketHandler(req: NextApiRequest, res: NextApiResponse, session: Session) {
  await connectDb();
  const { id } = req.query as { id: string };

  switch (req.method) {
    case 'GET': {
      // expect: unscoped-tenant-query
      const ticket = await Ticket.findOne({ _id: id }).populate('asset', 'tag name').lean();
      if (!ticket) return res.status(404).json({ error: 'Not found' });
      return res.json(ticket);
    }
    case 'PUT': {
      // ok: unscoped-tenant-query
      const ticket = await Ticket.findOne({ _id: id, organization: session.user.orgId });
      if (!ticket) return res.status(404).json({ error: 'Not found' });
      ticket.status = req.body.status;
      ticket.title = req.body.title ?? ticket.title;
      await ticket.save();
      return res.json(ticket);
    }
    case 'DELETE': {
      // ok: unscoped-tenant-query
      const result = await Ticket.deleteOne({ _id: id, organization: session.user.orgId });
      return res.status(result.deletedCount ? 204 : 404).end();
    }
    default:
      res.setHeader('Allow', 'GET, PUT, DELETE');
      return res.status(405).end();
  }
}

// expect: missing-input-validation
export default withAuth(ticketHandler);
