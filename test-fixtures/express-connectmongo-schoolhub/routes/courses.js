var express = require('express');
var Course = require('../models/Course');
var Assignment = require('../models/Assignment');
var { ensureLoggedIn, requireRole, loadCourse, loadTaughtCourse } = require('../middleware/auth');

var router = express.Router();

// public course catalog for the school's website
// ok: missing-auth, unscoped-tenant-query
router.get('/catalog', async function (req, res) {
  var courses = await Course.find({ published: true }).select('title code description school');
  res.render('catalog', { courses: courses });
});

// linked from the catalog; shows the full course outline
// expect: missing-auth
router.get('/:courseId/syllabus', async function (req, res) {
  var course = await Course.findById(req.params.courseId).populate('teacher', 'name email');
  var assignments = await Assignment.find({ course: req.params.courseId }).sort('dueAt');
  res.render('syllabus', { course: course, assignments: assignments });
});

router.use(ensureLoggedIn);

// ok: missing-auth
router.get('/', async function (req, res) {
  // ok: unscoped-tenant-query
  var courses = await Course.find({ school: req.user.school }).sort('title');
  res.render('courses/index', { courses: courses });
});

// expect: missing-input-validation
router.post('/', requireRole('teacher', 'admin'), async function (req, res) {
  var course = new Course(req.body);
  course.school = req.user.school;
  course.teacher = req.user._id;
  await course.save();
  res.redirect('/courses/' + course._id);
});

// ok: missing-auth
router.get('/:courseId', loadCourse, async function (req, res) {
  // ok: unscoped-tenant-query
  var assignments = await Assignment.find({ course: req.course._id }).sort('dueAt');
  res.render('courses/show', { course: req.course, assignments: assignments });
});

// ok: missing-auth
router.get('/:courseId/gradebook', loadTaughtCourse, async function (req, res) {
  // ok: unscoped-tenant-query
  var assignments = await Assignment.find({ course: req.course._id }).select('title maxPoints dueAt');
  res.render('courses/gradebook', { course: req.course, assignments: assignments });
});

// ok: missing-auth, missing-role-check
router.post('/:courseId/delete', requireRole('admin'), loadCourse, async function (req, res) {
  await req.course.deleteOne();
  res.redirect('/courses');
});

// ok: missing-auth
router.post('/:courseId/enroll', async function (req, res, next) {
  try {
    // expect: unscoped-tenant-query
    var course = await Course.findByIdAndUpdate(req.params.courseId, { $addToSet: { students: req.user._id } }, { new: true });
    res.redirect('/courses/' + course._id);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
