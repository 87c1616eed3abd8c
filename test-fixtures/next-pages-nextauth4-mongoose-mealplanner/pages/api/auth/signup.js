import bcrypt from 'bcryptjs';
import dbConnect from '../../../lib/mongodb';
import { signupSchema } from '../../../lib/validation';
import User from '../../../models/User';
import Practice from '../../../models/Practice';

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const parsed = signupSchema.safeParse(req.body);
  if (!parsed.success) return res.status(422).json({ errors: parsed.error.flatten() });
  await dbConnect();
  const { email, password, name, practiceName } = parsed.data;
  if (await User.exists({ email })) return res.status(409).json({ error: 'Email already registered' });
  const practice = await Practice.create({ name: practiceName });
  const passwordHash = await bcrypt.hash(password, 12);
  const user = await User.create({ email, name, passwordHash, role: 'admin', practice: practice._id });
  res.status(201).json({ id: user._id });
}
