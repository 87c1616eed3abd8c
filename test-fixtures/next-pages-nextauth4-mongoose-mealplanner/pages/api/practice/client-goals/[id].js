import { z } from 'zod';
import { withAuth } from '../../../../lib/withAuth';
import Client from '../../../../models/Client';

const goalsSchema = z.object({ goals: z.string().max(2000) });

// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const client = await Client.findOne({ _id: req.query.id }).where('practice').equals(session.user.practiceId).lean();
    return client ? res.json({ goals: client.goals }) : res.status(404).end();
  }
  if (req.method === 'PUT') {
    const { goals } = goalsSchema.parse(req.body);
    // ok: unscoped-tenant-query
    const client = await Client.findById(req.query.id);
    if (!client || !client.practice.equals(session.user.practiceId)) return res.status(404).end();
    client.goals = goals;
    await client.save();
    return res.json({ ok: true });
  }
  res.status(405).end();
});
