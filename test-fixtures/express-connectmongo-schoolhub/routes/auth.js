var express = require('express');
var crypto = require('crypto');
var { body, validationResult } = require('express-validator');
var User = require('../models/User');
var School = require('../models/School');
var limits = require('../middleware/limits');
var mailer = require('../lib/mailer');
var config = require('../config');

var router = express.Router();

// ok: missing-auth
router.get('/login', function (req, res) {
  res.render('login', { next: req.query.next || '/' });
});

// ok: missing-auth, missing-rate-limit
router.post('/login', limits.loginLimiter, async function (req, res, next) {
  try {
    var user = await User.findOne({ email: String(req.body.email || '').toLowerCase() });
    if (!user || !(await user.comparePassword(String(req.body.password || '')))) {
      return res.status(401).render('login', { error: 'Wrong email or password', next: req.body.next });
    }
    req.session.regenerate(function (err) {
      if (err) return next(err);
      req.session.user = { _id: String(user._id), name: user.name, role: user.role, school: String(user.school) };
      if (req.body.remember) {
        // expect: insecure-cookie
        res.cookie('remember_token', crypto.randomBytes(24).toString('hex'), { maxAge: 30 * 24 * 3600 * 1000 });
      }
      res.redirect(req.body.next || '/');
    });
  } catch (err) {
    next(err);
  }
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
router.post(
  '/register',
  body('email').isEmail().normalizeEmail(),
  body('name').trim().isLength({ min: 1, max: 120 }),
  body('password').isLength({ min: 10 }),
  body('schoolName').trim().isLength({ min: 2, max: 160 }),
  async function (req, res, next) {
    var errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(422).render('register', { errors: errors.array() });
    try {
      var school = await School.create({ name: req.body.schoolName });
      var user = await User.create({ email: req.body.email, name: req.body.name, password: req.body.password, role: 'admin', school: school._id });
      req.session.user = { _id: String(user._id), name: user.name, role: user.role, school: String(school._id) };
      res.redirect('/courses');
    } catch (err) {
      next(err);
    }
  },
);

// ok: missing-auth, missing-rate-limit
router.post('/forgot', limits.resetLimiter, async function (req, res, next) {
  try {
    var user = await User.findOne({ email: String(req.body.email || '').toLowerCase() });
    if (user) {
      var token = crypto.randomBytes(32).toString('hex');
      user.resetToken = crypto.createHash('sha256').update(token).digest('hex');
      user.resetExpires = Date.now() + 3600 * 1000;
      await user.save();
      // expect: token-logging
      console.log('password reset for %s: %s/reset/%s', user.email, config.appUrl, token);
      await mailer.sendResetEmail(user.email, config.appUrl + '/reset/' + token);
    }
    res.render('forgot-sent');
  } catch (err) {
    next(err);
  }
});

// ok: missing-auth
router.post('/logout', function (req, res) {
  req.session.destroy(function () {
    res.clearCookie('schoolhub.sid');
    res.redirect('/login');
  });
});

module.exports = router;
