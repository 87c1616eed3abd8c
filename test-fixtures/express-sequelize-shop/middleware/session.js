function requireStaff(req, res, next) {
  if (!req.session.staff) return res.status(401).json({ error: 'sign in' });
  next();
}

function requireOwner(req, res, next) {
  if (req.session.staff.role !== 'owner') return res.status(403).json({ error: 'owners only' });
  next();
}

module.exports = { requireStaff, requireOwner };
