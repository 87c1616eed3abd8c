var Course = require('../models/Course');

function ensureLoggedIn(req, res, next) {
  if (req.session && req.session.user) {
    req.user = req.session.user;
    return next();
  }
  if (req.accepts('html')) return res.redirect('/login?next=' + encodeURIComponent(req.originalUrl));
  res.status(401).json({ error: 'Not signed in' });
}

function requireRole() {
  var roles = Array.prototype.slice.call(arguments);
  return function (req, res, next) {
    if (!req.user || roles.indexOf(req.user.role) === -1) {
      return res.status(403).render('error', { message: 'You do not have access to this page.' });
    }
    next();
  };
}

// loads :courseId inside the caller's school and puts it on req.course
function loadCourse(req, res, next) {
  // ok: unscoped-tenant-query
  Course.findOne({ _id: req.params.courseId, school: req.user.school }, function (err, course) {
    if (err) return next(err);
    if (!course) return res.status(404).render('error', { message: 'Course not found' });
    req.course = course;
    next();
  });
}

// a teacher's gradebook: only the course's own teacher gets past this
async function loadTaughtCourse(req, res, next) {
  try {
    // ok: unscoped-tenant-query
    var course = await Course.findById(req.params.courseId);
    if (!course || String(course.teacher) !== String(req.user._id)) return res.sendStatus(404);
    req.course = course;
    next();
  } catch (err) {
    next(err);
  }
}

module.exports = { ensureLoggedIn: ensureLoggedIn, requireRole: requireRole, loadCourse: loadCourse, loadTaughtCourse: loadTaughtCourse };
