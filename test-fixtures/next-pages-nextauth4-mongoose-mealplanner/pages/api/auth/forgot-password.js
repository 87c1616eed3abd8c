import crypto from 'crypto';
import dbConnect from '../../../lib/mongodb';
import { rateLimited } from '../../../lib/rateLimit';
import User from '../../../models/User';
import { sendResetEmail } from '../../../lib/mail';

// ok: missing-rate-limit, missing-auth
export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  if (await rateLimited(req, res)) return;
  await dbConnect();
  const user = await User.findOne({ email: String(req.body.email || '').toLowerCase() });
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    await User.updateOne({ _id: user._id }, { resetTokenHash: crypto.createHash('sha256').update(token).digest('hex') });
    await sendResetEmail(user.email, token);
  }
  res.status(202).json({ ok: true });
}
