import type { NextApiRequest, NextApiResponse } from 'next';
import { connectDb } from '@/lib/db';
import { TutorProfile } from '@/models/Tutor';

// tutor directory embedded on agencies' marketing sites
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') return res.status(405).end();
  const subject = typeof req.query.subject === 'string' ? req.query.subject : undefined;
  await connectDb();
  // ok: unscoped-tenant-query
  const tutors = await TutorProfile.find({ visibility: 'public', ...(subject ? { subjects: subject } : {}) })
    .select('displayName bio subjects hourlyRateCents')
    .limit(50)
    .lean();
  // ok: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 's-maxage=300, stale-while-revalidate');
  return res.json(tutors);
}
