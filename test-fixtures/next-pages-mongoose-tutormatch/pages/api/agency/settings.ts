import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { withAuth, type AuthedHandler } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Agency } from '@/models/User';
import { TutorProfile } from '@/models/Tutor';

const SettingsInput = z.object({ name: z.string().min(2).max(120) });
const RenameInput = z.object({ tutorId: z.string().length(24), displayName: z.string().min(1).max(80) });

const getSettings: AuthedHandler = async (_req, res, session) => {
  // ok: unscoped-tenant-query
  const agency = await Agency.findById(session.user.agencyId).lean();
  return res.json(agency);
};

// the agency page lets a manager fix how a tutor's name is shown
const renameTutor: AuthedHandler = async (req, res) => {
  const { tutorId, displayName } = RenameInput.parse(req.body);
  // expect: unscoped-tenant-query
  await TutorProfile.updateOne({ _id: tutorId }, { displayName });
  return res.status(204).end();
};

async function updateSettings(req: NextApiRequest, res: NextApiResponse) {
  const { name } = SettingsInput.parse(req.body);
  const agencyId = String(req.headers['x-agency-id'] ?? '');
  await Agency.updateOne({ _id: agencyId }, { name });
  return res.status(204).end();
}

// each method picks its wrapper; the update was meant to go through withAuth too
// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await connectDb();
  switch (req.method) {
    case 'GET':
      return withAuth(getSettings)(req, res);
    case 'PUT':
      return updateSettings(req, res);
    case 'PATCH':
      return withAuth(renameTutor)(req, res);
    default:
      res.setHeader('Allow', 'GET, PUT, PATCH');
      return res.status(405).end();
  }
}
