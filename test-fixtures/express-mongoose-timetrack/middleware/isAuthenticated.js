'use strict';

// ensureLoggedIn-style guard for JSON APIs: 401 instead of a redirect.
module.exports = function isAuthenticated(req, res, next) {
  if (req.isAuthenticated()) {
    return next();
  }
  return res.status(401).json({ error: 'Authentication required' });
};
