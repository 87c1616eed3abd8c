import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Ticket, Comment } from '@/models/Ticket';

// expect: missing-input-validation
export default withAuth(async (req, res, session) => {
  await connectDb();
  // ok: unscoped-tenant-query
  const ticket = await Ticket.findOne({ _id: req.query.id, organization: session.user.orgId });
  if (!ticket) return res.status(404).json({ error: 'Ticket not found' });

  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const comments = await Comment.find({ ticket: ticket._id }).populate('author', 'name').lean();
    return res.json(comments);
  }
  if (req.method === 'POST') {
    const comment = await Comment.create({
      organization: ticket.organization,
      ticket: ticket._id,
      author: session.user.id,
      body: req.body.body,
    });
    return res.status(201).json(comment);
  }
  return res.status(405).end();
});
