function ensureLoggedIn(req, res, next) {
  if (!req.isAuthenticated()) {
    return res.status(401).json({ error: 'login required' });
  }
  next();
}

function requireAdmin(req, res, next) {
  if (!req.user || req.user.role !== 'admin') return res.status(403).json({ error: 'admins only' });
  next();
}

module.exports = { ensureLoggedIn, requireAdmin };
