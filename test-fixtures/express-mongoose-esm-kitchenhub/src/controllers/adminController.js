import crypto from 'node:crypto';
import User, { ROLES } from '../models/User.js';
import Invite from '../models/Invite.js';
import { sendMail } from '../utils/mailer.js';

export async function listUsers(req, res) {
  // ok: unscoped-tenant-query
  res.json(await User.find({ restaurant: req.user.restaurant }).select('name email role'));
}

export async function changeRole(req, res) {
  if (!ROLES.includes(req.body.role)) return res.status(400).json({ message: 'Unknown role' });
  // ok: unscoped-tenant-query
  const user = await User.findOneAndUpdate(
    { _id: req.params.id, restaurant: req.user.restaurant },
    { role: req.body.role },
    { new: true },
  );
  if (!user) return res.status(404).json({ message: 'User not found' });
  res.json({ id: user._id, role: user.role });
}

export async function deleteUser(req, res) {
  if (req.params.id === String(req.user._id)) return res.status(400).json({ message: 'You cannot remove yourself' });
  // expect: unscoped-tenant-query
  const removed = await User.findByIdAndDelete(req.params.id);
  if (!removed) return res.status(404).json({ message: 'User not found' });
  res.status(204).end();
}

export async function listInvites(req, res) {
  // ok: unscoped-tenant-query
  res.json(await Invite.find({ restaurant: req.user.restaurant, acceptedAt: null }).select('email role expiresAt'));
}

export async function createInvite(req, res) {
  const token = crypto.randomBytes(32).toString('hex');
  await Invite.create({
    email: req.body.email,
    role: req.body.role,
    tokenHash: crypto.createHash('sha256').update(token).digest('hex'),
    restaurant: req.user.restaurant,
    invitedBy: req.user._id,
    expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
  });
  await sendMail(req.body.email, 'You are invited to KitchenHub', `${process.env.CLIENT_URL}/invite/${token}`);
  res.status(201).json({ message: 'Invite sent' });
}
