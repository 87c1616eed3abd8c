import { withAuth } from '../../../lib/withAuth';
import Client from '../../../models/Client';

// Multi-practice coaches pick the practice in the UI
// ok: missing-auth
export default withAuth(async (req, res) => {
  // expect: unscoped-tenant-query
  const clients = await Client.find({ practice: req.query.practiceId }).select('name email').lean();
  res.json(clients);
});
