const crypto = require('crypto');
const passport = require('passport');
const User = require('../models/User');

// the sign-in page: somebody already signed in has nothing to do here
exports.getLogin = (req, res) => {
  if (req.user) {
    return res.redirect('/');
  }
  res.render('account/login', { title: 'Sign in' });
};

exports.postLogin = (req, res, next) => {
  passport.authenticate('local', (err, user) => {
    if (err) return next(err);
    if (!user) return res.redirect('/login');
    req.logIn(user, (e) => (e ? next(e) : res.redirect('/')));
  })(req, res, next);
};

exports.getSignup = (req, res) => {
  if (req.user) return res.redirect('/');
  res.render('account/signup', { title: 'Create account' });
};

// the reset form, reached from the e-mailed link
exports.getReset = async (req, res, next) => {
  if (req.isAuthenticated()) {
    return res.redirect('/');
  }
  try {
    const user = await User.findOne({ passwordResetToken: req.params.token, passwordResetExpires: { $gt: Date.now() } });
    if (!user) return res.redirect('/forgot');
    res.render('account/reset', { title: 'Reset password' });
  } catch (err) {
    next(err);
  }
};

// the account page: only for a signed-in user
exports.getAccount = (req, res) => {
  if (!req.user) return res.redirect('/login');
  res.render('account/profile', { title: 'Account', profile: req.user.profile });
};

exports.newResetToken = () => crypto.randomBytes(16).toString('hex');
