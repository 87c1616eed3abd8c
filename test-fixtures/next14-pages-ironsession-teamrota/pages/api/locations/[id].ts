import { prisma } from '../../../lib/prisma';
import { withSession } from '../../../lib/session';

// expect: missing-auth
export default withSession(async (req, res) => {
  const id = req.query.id as string;
  // the location widget is embedded on the customer's own site
  // expect: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (req.method === 'GET') {
    const location = await prisma.location.findUnique({
      where: { id },
      include: { team: { select: { name: true } } },
    });
    return location ? res.json(location) : res.status(404).end();
  }
  res.status(405).end();
});
