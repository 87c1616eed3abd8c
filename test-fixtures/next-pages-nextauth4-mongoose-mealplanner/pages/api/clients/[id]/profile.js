import { withAuth } from '../../../../lib/withAuth';
import Client from '../../../../models/Client';

// expect: missing-input-validation
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  if (req.method !== 'PATCH') return res.status(405).end();
  // ok: unscoped-tenant-query
  const client = await Client.findOneAndUpdate(
    { _id: req.query.id, practice: session.user.practiceId },
    { $set: { ...req.body } },
    { new: true }
  );
  res.json(client);
});
