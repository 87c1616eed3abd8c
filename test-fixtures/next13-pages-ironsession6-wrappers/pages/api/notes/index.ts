import type { NextApiRequest, NextApiResponse } from 'next';
import nc from 'next-connect';
import { withIronSessionApiRoute } from 'iron-session/next';
import { z } from 'zod';
import { prisma } from '../../../lib/db';
import { requireUser, sessionOptions } from '../../../lib/withSession';

const NoteInput = z.object({ body: z.string().min(1).max(5000) });

const handler = nc<NextApiRequest, NextApiResponse>()
  .use(requireUser)
  // ok: missing-auth
  .get(async (req, res) => {
    // ok: unscoped-tenant-query
    res.json(await prisma.note.findMany({ where: { teamId: req.session.user!.teamId } }));
  })
  // ok: missing-auth, missing-input-validation
  .post(async (req, res) => {
    const { body } = NoteInput.parse(req.body);
    res.status(201).json(await prisma.note.create({ data: { body, teamId: req.session.user!.teamId } }));
  });

// the session wrapper runs first and hands the request to the router
export default withIronSessionApiRoute(handler, sessionOptions);
