import { z } from 'zod';
import { withAuth } from '../../../../lib/withAuth';
import Client from '../../../../models/Client';

const noteSchema = z.object({ body: z.string().min(1).max(5000) });

// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  try {
    const { body } = noteSchema.parse(req.body);
    // ok: unscoped-tenant-query
    const result = await Client.updateOne(
      { _id: req.query.id, practice: session.user.practiceId },
      { $push: { notes: { body, author: session.user.id, at: new Date() } } }
    );
    if (!result.matchedCount) return res.status(404).json({ error: 'Not found' });
    res.status(201).json({ ok: true });
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: 'Could not save note', detail: err.message });
  }
});
