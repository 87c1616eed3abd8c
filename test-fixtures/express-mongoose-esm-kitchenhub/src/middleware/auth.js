import User from '../models/User.js';

export async function isAuthenticated(req, res, next) {
  if (!req.session?.userId) {
    return res.status(401).json({ message: 'Please log in to continue' });
  }
  const user = await User.findById(req.session.userId);
  if (!user) {
    req.session.destroy(() => {});
    return res.status(401).json({ message: 'Session expired' });
  }
  req.user = user;
  next();
}

export function isAdmin(req, res, next) {
  if (req.user?.role !== 'owner') {
    return res.status(403).json({ message: 'Owner access required' });
  }
  next();
}

export function isManager(req, res, next) {
  if (!['owner', 'manager'].includes(req.user?.role)) {
    return res.status(403).json({ message: 'Manager access required' });
  }
  next();
}
