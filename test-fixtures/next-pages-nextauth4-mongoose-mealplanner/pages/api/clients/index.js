import { withAuth } from '../../../lib/withAuth';
import { clientSchema } from '../../../lib/validation';
import Client from '../../../models/Client';

async function handler(req, res, session) {
  switch (req.method) {
    case 'GET': {
      // ok: unscoped-tenant-query
      const clients = await Client.find({ practice: session.user.practiceId }).sort({ name: 1 }).lean();
      return res.json(clients);
    }
    case 'POST': {
      const data = clientSchema.parse(req.body);
      const client = await Client.create({ ...data, practice: session.user.practiceId, coach: session.user.id });
      return res.status(201).json(client);
    }
    default:
      res.setHeader('Allow', 'GET, POST');
      return res.status(405).end();
  }
}

// ok: missing-auth, missing-input-validation
export default withAuth(handler);
