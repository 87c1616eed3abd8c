import { withMethods } from '@/lib/public-api/withMethods';
import { prisma } from '@/server/db';

export default withMethods({
  // a CSV export nobody has to sign in for
  // expect: missing-auth, missing-rate-limit
  GET: async (req, res) => {
    const flags = await prisma.flag.findMany({ where: { projectId: String(req.query.projectId) } });
    res.setHeader('Content-Type', 'text/csv');
    res.status(200).send(flags.map((f) => `${f.key},${f.enabled},${f.rollout}`).join('\n'));
  },
});
