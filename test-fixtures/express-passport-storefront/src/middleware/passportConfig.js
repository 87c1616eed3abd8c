// Session guards used by the routes.

exports.isAuthenticated = (req, res, next) => {
  if (req.isAuthenticated()) {
    return next();
  }
  req.flash('errors', { msg: 'Please sign in first.' });
  res.redirect('/login');
};
