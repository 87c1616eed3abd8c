var express = require('express');
var jwt = require('jsonwebtoken');
var User = require('../../models/User');
var Assignment = require('../../models/Assignment');
var Submission = require('../../models/Submission');
var config = require('../../config');

var api = express.Router();

// the mobile app trades a password for a bearer token
// ok: missing-auth
// expect: missing-rate-limit
api.post('/auth/token', async function (req, res) {
  var user = await User.findOne({ email: String(req.body.email || '').toLowerCase() });
  if (!user || !(await user.comparePassword(String(req.body.password || '')))) {
    return res.status(401).json({ error: 'invalid_grant' });
  }
  var token = jwt.sign({ sub: String(user._id), school: String(user.school), role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '7d',
  });
  res.json({ access_token: token, token_type: 'Bearer' });
});

function verifyJwt(req, res, next) {
  var header = req.headers.authorization || '';
  // expect: token-logging
  console.debug('api auth', req.headers);
  if (!header.startsWith('Bearer ')) return res.status(401).json({ error: 'missing_token' });
  try {
    var claims = jwt.verify(header.slice(7), config.jwtSecret, {
      algorithms: ['HS256'],
      // expect: insecure-jwt
      ignoreExpiration: true,
    });
    req.user = { _id: claims.sub, school: claims.school, role: claims.role };
    next();
  } catch (err) {
    res.status(401).json({ error: 'invalid_token' });
  }
}

api.use(verifyJwt);

// ok: missing-auth
api.get('/assignments', async function (req, res) {
  // ok: unscoped-tenant-query
  var assignments = await Assignment.find({ school: req.user.school }).sort('-dueAt').limit(50);
  res.json(assignments);
});

// ok: missing-auth
api.get('/submissions/:id', async function (req, res) {
  // expect: unscoped-tenant-query
  var submission = await Submission.findById(req.params.id).lean();
  if (!submission) return res.status(404).json({ error: 'not_found' });
  res.json(submission);
});

// ok: missing-auth
api.get('/me/submissions', async function (req, res) {
  // ok: unscoped-tenant-query
  var submissions = await Submission.find({ student: req.user._id }).sort('-submittedAt');
  res.json(submissions);
});

module.exports = api;
