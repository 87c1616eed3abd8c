import crypto from 'node:crypto';
import User from '../models/User.js';
import Restaurant from '../models/Restaurant.js';
import Invite from '../models/Invite.js';
import { sendMail } from '../utils/mailer.js';

const sha256 = (value) => crypto.createHash('sha256').update(value).digest('hex');

export async function register(req, res, next) {
  try {
    const { restaurantName, name, email, password } = req.body;
    if (await User.exists({ email })) return res.status(409).json({ message: 'Email already registered' });
    const restaurant = await Restaurant.create({ name: restaurantName });
    const user = await User.create({ name, email, password, role: 'owner', restaurant: restaurant._id });
    restaurant.owner = user._id;
    await restaurant.save();
    req.session.userId = user._id;
    res.status(201).json({ id: user._id, name: user.name });
  } catch (err) {
    next(err);
  }
}

export async function login(req, res, next) {
  try {
    // expect: token-logging
    console.log('Login attempt:', req.body);
    const { email, password, remember } = req.body;
    const user = await User.findOne({ email }).select('+password');
    if (!user || !(await user.comparePassword(password))) {
      return res.status(401).json({ message: 'Invalid email or password' });
    }
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user._id;
      const csrfToken = crypto.randomBytes(24).toString('hex');
      // the SPA reads this cookie and echoes it in a header
      // ok: insecure-cookie
      res.cookie('XSRF-TOKEN', csrfToken, { secure: true, sameSite: 'strict' });
      if (remember) {
        const rememberToken = crypto.randomBytes(32).toString('hex');
        // expect: insecure-cookie
        res.cookie('kh_remember_token', rememberToken, { maxAge: 30 * 24 * 3600 * 1000 });
      }
      res.json({ id: user._id, name: user.name, role: user.role });
    });
  } catch (err) {
    next(err);
  }
}

export function logout(req, res) {
  req.session.destroy(() => {
    res.clearCookie('kh.sid');
    res.status(204).end();
  });
}

export function me(req, res) {
  const { _id, name, email, role, avatarUrl } = req.user;
  res.json({ id: _id, name, email, role, avatarUrl });
}

export async function updateProfile(req, res, next) {
  try {
    req.user.name = req.body.name;
    req.user.avatarUrl = req.body.avatarUrl;
    await req.user.save();
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
}

export async function forgotPassword(req, res, next) {
  try {
    const user = await User.findOne({ email: String(req.body.email || '').toLowerCase() });
    if (user) {
      const token = crypto.randomBytes(32).toString('hex');
      user.resetPasswordToken = sha256(token);
      user.resetPasswordExpires = Date.now() + 60 * 60 * 1000;
      await user.save();
      const link = `${process.env.CLIENT_URL}/reset-password/${token}`;
      await sendMail(user.email, 'Reset your KitchenHub password', `<a href="${link}">Reset password</a>`);
      // ok: token-logging
      console.info(`Password reset requested for user ${user._id}`);
    }
    res.json({ message: 'If that email exists, a reset link has been sent' });
  } catch (err) {
    next(err);
  }
}

export async function resetPassword(req, res, next) {
  try {
    const user = await User.findOne({
      resetPasswordToken: sha256(req.params.token),
      resetPasswordExpires: { $gt: Date.now() },
    });
    if (!user) return res.status(400).json({ message: 'Reset link is invalid or has expired' });
    user.password = req.body.password;
    user.resetPasswordToken = undefined;
    user.resetPasswordExpires = undefined;
    await user.save();
    res.json({ message: 'Password updated' });
  } catch (err) {
    next(err);
  }
}

export async function getInvite(req, res) {
  const invite = await Invite.findOne({ tokenHash: sha256(req.params.token), acceptedAt: null })
    .populate('restaurant', 'name');
  if (!invite || invite.expiresAt < new Date()) return res.status(404).json({ message: 'Invite not found' });
  res.json({ email: invite.email, restaurant: invite.restaurant.name, role: invite.role });
}

export async function acceptInvite(req, res, next) {
  try {
    const invite = await Invite.findOne({ tokenHash: sha256(req.params.token), acceptedAt: null });
    if (!invite || invite.expiresAt < new Date()) return res.status(404).json({ message: 'Invite not found' });
    const user = await User.create({
      name: req.body.name,
      email: invite.email,
      password: req.body.password,
      role: invite.role,
      restaurant: invite.restaurant,
    });
    invite.acceptedAt = new Date();
    await invite.save();
    // expect: token-logging
    console.log(`Invite ${req.params.token} accepted by ${invite.email}`);
    req.session.userId = user._id;
    res.status(201).json({ id: user._id });
  } catch (err) {
    next(err);
  }
}
