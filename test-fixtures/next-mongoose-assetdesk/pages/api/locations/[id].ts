import type { NextApiRequest, NextApiResponse } from 'next';
import { connectDb } from '@/lib/db';
import { Location } from '@/models/Location';
import { Asset } from '@/models/Asset';

// Used by the printable floor-plan page.
// expect: missing-auth
export default async function locationDetail(req: NextApiRequest, res: NextApiResponse) {
  await connectDb();
  const location = await Location.findById(req.query.id).lean();
  if (!location) return res.status(404).json({ error: 'Not found' });
  const assets = await Asset.find({ location: location._id }).select('tag name status').lean();
  return res.json({ ...location, assets });
}
