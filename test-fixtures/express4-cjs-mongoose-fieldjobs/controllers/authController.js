const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const { User, Company } = require('../models');
const keys = require('../config/keys');

module.exports = {
  login: (req, res) => {
    const remember = crypto.randomBytes(24).toString('hex');
    // expect: insecure-cookie
    res.cookie('remember_token', remember, { maxAge: 30 * 24 * 3600 * 1000 });
    // ok: token-logging
    console.log('user logged in', req.user.email);
    res.json({ id: req.user.id, name: req.user.name, role: req.user.role });
  },

  register: async (req, res) => {
    const { companyName, name, email, password } = req.body;
    if (!email || !password || password.length < 8) {
      return res.status(400).json({ message: 'Email and an 8+ character password are required' });
    }
    const company = await Company.create({ name: companyName });
    const hash = await bcrypt.hash(password, 12);
    const user = await User.create({ name, email, password: hash, company: company._id, role: 'admin' });
    req.login(user, (err) => {
      if (err) return res.status(500).json({ message: 'Could not sign you in' });
      res.status(201).json({ id: user.id });
    });
  },

  forgot: async (req, res) => {
    const user = await User.findOne({ email: String(req.body.email).toLowerCase() });
    if (user) {
      user.resetToken = crypto.randomBytes(32).toString('hex');
      user.resetExpires = Date.now() + 3600 * 1000;
      await user.save();
      const link = `${keys.appUrl}/reset/${user.resetToken}`;
      // expect: token-logging
      console.log('password reset link for ' + user.email + ': ' + link);
    }
    res.json({ message: 'If that email exists, a link is on its way' });
  },

  reset: async (req, res) => {
    // ok: unscoped-tenant-query
    const user = await User.findOne({ resetToken: req.params.token, resetExpires: { $gt: Date.now() } });
    if (!user) return res.status(400).json({ message: 'Link expired' });
    if (typeof req.body.password !== 'string' || req.body.password.length < 8) {
      return res.status(400).json({ message: 'Password too short' });
    }
    user.password = await bcrypt.hash(req.body.password, 12);
    user.resetToken = undefined;
    await user.save();
    res.json({ ok: true });
  },

  logout: (req, res) => {
    req.logout(() => res.json({ ok: true }));
  },

  me: (req, res) => {
    res.json({ id: req.user.id, name: req.user.name, role: req.user.role, company: req.user.company });
  },
};
