import crypto from 'node:crypto';
import { z } from 'zod';
import { withRole } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Invite } from '@/models/Invite';
import { sendInviteEmail } from '@/lib/mailer';

const InviteBody = z.object({
  email: z.string().email(),
  role: z.enum(['admin', 'member']).default('member'),
});

// expect: missing-rate-limit
// ok: missing-input-validation, missing-role-check
export default withRole('admin', async (req, res, session) => {
  await connectDb();
  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const invites = await Invite.find({ organization: session.user.orgId, acceptedAt: null }).lean();
    return res.json(invites);
  }
  if (req.method === 'POST') {
    const parsed = InviteBody.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: 'Invalid invite' });
    const token = crypto.randomBytes(24).toString('base64url');
    await Invite.create({
      ...parsed.data,
      organization: session.user.orgId,
      invitedBy: session.user.id,
      tokenHash: crypto.createHash('sha256').update(token).digest('hex'),
    });
    await sendInviteEmail(parsed.data.email, token);
    return res.status(201).json({ ok: true });
  }
  return res.status(405).end();
});
