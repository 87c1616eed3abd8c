const { User } = require('../models');

async function requireLogin(req, res, next) {
  if (!req.session || !req.session.userId) {
    return res.status(401).json({ error: 'Please sign in' });
  }
  const user = await User.findByPk(req.session.userId);
  if (!user) {
    return res.status(401).json({ error: 'Please sign in' });
  }
  req.user = user;
  next();
}

function requireOwner(req, res, next) {
  if (req.user.role !== 'owner') {
    return res.status(403).json({ error: 'Only the studio owner can do that' });
  }
  next();
}

module.exports = { requireLogin, requireOwner };
