'use strict';

const crypto = require('crypto');
const passport = require('passport');
const { validationResult, matchedData } = require('express-validator');
const User = require('../models/User');
const Workspace = require('../models/Workspace');

const REMEMBER_ME_TTL_MS = 30 * 24 * 60 * 60 * 1000;

// shared by every remember-me cookie this controller sets
const rememberCookieOptions = { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' };
const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;
const APP_URL = process.env.APP_URL || 'http://localhost:3000';

function hashToken(token) {
  return crypto.createHash('sha256').update(token).digest('hex');
}

function logIn(req, user) {
  return new Promise((resolve, reject) => {
    req.logIn(user, (err) => (err ? reject(err) : resolve()));
  });
}

async function issueRememberToken(user) {
  const token = crypto.randomBytes(32).toString('hex');
  user.rememberTokenHash = hashToken(token);
  user.rememberTokenExpires = new Date(Date.now() + REMEMBER_ME_TTL_MS);
  await user.save();
  return token;
}

exports.login = (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }

  return passport.authenticate('local', async (err, user) => {
    if (err) return next(err);
    if (!user) return res.status(401).json({ error: 'Invalid email or password' });

    try {
      await logIn(req, user);
      if (req.body.rememberMe === true) {
        const token = await issueRememberToken(user);
        // expect: insecure-cookie
        res.cookie('remember_me', token);
      }
      // ok: token-logging
      console.log(`User ${user.id} logged in to workspace ${user.workspace}`);
      return res.json({ user });
    } catch (loginErr) {
      return next(loginErr);
    }
  })(req, res, next);
};

exports.signup = async (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }
  const { workspaceName, name, email, password, rememberMe } = matchedData(req);

  try {
    if (await User.exists({ email })) {
      return res.status(409).json({ error: 'An account with that email already exists' });
    }

    const workspace = await Workspace.create({ name: workspaceName });
    const user = new User({ name, email, role: 'admin', workspace: workspace._id });
    await user.setPassword(password);
    await user.save();

    await logIn(req, user);
    if (rememberMe) {
      const token = await issueRememberToken(user);
      // ok: insecure-cookie
      res.cookie('remember_me', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: REMEMBER_ME_TTL_MS });
    }
    return res.status(201).json({ user, workspace });
  } catch (err) {
    return next(err);
  }
};

// Exchanges a valid remember-me cookie for a fresh session and rotates the token.
exports.restoreSession = async (req, res, next) => {
  const token = req.cookies.remember_me;
  if (typeof token !== 'string' || !/^[a-f0-9]{64}$/.test(token)) {
    return res.sendStatus(401);
  }

  try {
    const user = await User.findOne({
      rememberTokenHash: hashToken(token),
      rememberTokenExpires: { $gt: new Date() },
    });
    if (!user) {
      res.clearCookie('remember_me', { httpOnly: true, secure: true, sameSite: 'lax' });
      return res.sendStatus(401);
    }

    await logIn(req, user);
    const freshToken = await issueRememberToken(user);
    // ok: insecure-cookie
    res.cookie('remember_me', freshToken, { ...rememberCookieOptions, maxAge: REMEMBER_ME_TTL_MS });
    return res.json({ user });
  } catch (err) {
    return next(err);
  }
};

exports.logout = async (req, res, next) => {
  try {
    if (req.user) {
      await User.updateOne({ _id: req.user._id }, { $unset: { rememberTokenHash: 1, rememberTokenExpires: 1 } });
    }
  } catch (err) {
    return next(err);
  }

  return req.logout((err) => {
    if (err) return next(err);
    res.clearCookie('remember_me', { httpOnly: true, secure: true, sameSite: 'lax' });
    return res.sendStatus(204);
  });
};

exports.me = (req, res) => {
  res.json({ user: req.user });
};

exports.forgotPassword = async (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }
  const { email } = matchedData(req);

  try {
    const user = await User.findOne({ email });
    if (user) {
      const token = crypto.randomBytes(32).toString('hex');
      user.resetTokenHash = hashToken(token);
      user.resetTokenExpires = new Date(Date.now() + RESET_TOKEN_TTL_MS);
      await user.save();
      // TODO: send through the mailer once SES is configured.
      // expect: token-logging
      console.log(`Password reset link for ${email}: ${APP_URL}/reset-password?token=${token}`);
    }
    // Same response either way so the endpoint cannot be used to enumerate accounts.
    return res.json({ message: 'If that account exists, a reset link has been sent.' });
  } catch (err) {
    return next(err);
  }
};

exports.resetPassword = async (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }
  const { token, password } = matchedData(req);

  try {
    const user = await User.findOne({
      resetTokenHash: hashToken(token),
      resetTokenExpires: { $gt: new Date() },
    });
    if (!user) {
      return res.status(400).json({ error: 'Reset link is invalid or has expired' });
    }

    await user.setPassword(password);
    user.resetTokenHash = undefined;
    user.resetTokenExpires = undefined;
    user.rememberTokenHash = undefined;
    user.rememberTokenExpires = undefined;
    await user.save();

    // ok: token-logging
    console.log(`Password reset completed for user ${user.id}`);
    return res.json({ message: 'Password updated, please sign in again.' });
  } catch (err) {
    return next(err);
  }
};
