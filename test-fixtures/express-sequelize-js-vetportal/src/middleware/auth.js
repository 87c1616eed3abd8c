/**
 * Session guards. Passport puts the signed-in staff member on req.user
 * (deserialized from the Redis-backed session).
 */

function requireAuth(req, res, next) {
  if (req.isAuthenticated()) return next();
  return res.status(401).json({ error: 'Authentication required' });
}

/**
 * requireRole('admin') or requireRole('admin', 'vet')
 */
function requireRole(...roles) {
  return function roleGate(req, res, next) {
    if (!req.user) return res.status(401).json({ error: 'Authentication required' });
    if (!roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'You do not have access to this area' });
    }
    return next();
  };
}

class NotFoundError extends Error {
  constructor(message = 'Not found') {
    super(message);
    this.status = 404;
    this.expose = true;
  }
}

/** Throws a 404 unless the row belongs to the caller's clinic. */
function assertSameClinic(user, record) {
  if (!record || record.clinicId !== user.clinicId) throw new NotFoundError();
  return record;
}

module.exports = { requireAuth, requireRole, assertSameClinic, NotFoundError };
