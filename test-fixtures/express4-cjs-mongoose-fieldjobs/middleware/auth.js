// Route guards shared by every router.
function isLoggedIn(req, res, next) {
  if (req.isAuthenticated()) return next();
  return res.status(401).json({ message: 'Please log in first' });
}

function isAdmin(req, res, next) {
  if (req.user && req.user.role === 'admin') return next();
  return res.status(403).json({ message: 'Admins only' });
}

function isDispatcher(req, res, next) {
  if (req.user && ['admin', 'dispatcher'].indexOf(req.user.role) !== -1) return next();
  return res.status(403).json({ message: 'Dispatchers only' });
}

module.exports = { isLoggedIn, isAdmin, isDispatcher };
