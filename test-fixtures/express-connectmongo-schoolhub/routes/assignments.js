var express = require('express');
var { body, validationResult } = require('express-validator');
var Assignment = require('../models/Assignment');
var Submission = require('../models/Submission');
var { requireRole, loadCourse } = require('../middleware/auth');

var router = express.Router();

// ok: missing-auth, missing-input-validation
router.post(
  '/courses/:courseId/assignments',
  requireRole('teacher'),
  loadCourse,
  body('title').trim().isLength({ min: 1, max: 200 }),
  body('instructions').optional().isLength({ max: 10000 }),
  body('dueAt').isISO8601(),
  body('maxPoints').optional().isInt({ min: 1, max: 1000 }),
  async function (req, res) {
    var errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array() });
    var assignment = await Assignment.create({
      school: req.course.school,
      course: req.course._id,
      title: req.body.title,
      instructions: req.body.instructions,
      dueAt: req.body.dueAt,
      maxPoints: req.body.maxPoints,
    });
    res.status(201).json(assignment);
  },
);

// ok: missing-auth
router.get('/assignments/:id', async function (req, res) {
  // expect: unscoped-tenant-query
  var assignment = await Assignment.findById(req.params.id).populate('course', 'title');
  if (!assignment) return res.status(404).render('error', { message: 'Not found' });
  res.render('assignments/show', { assignment: assignment });
});

// ok: missing-auth, missing-role-check
router.get('/assignments/:id/submissions', requireRole('teacher'), async function (req, res) {
  // ok: unscoped-tenant-query
  var assignment = await Assignment.findById(req.params.id);
  if (!assignment || String(assignment.school) !== String(req.user.school)) {
    return res.status(404).render('error', { message: 'Not found' });
  }
  // ok: unscoped-tenant-query
  var submissions = await Submission.find({ assignment: assignment._id }).populate('student', 'name');
  res.render('assignments/submissions', { assignment: assignment, submissions: submissions });
});

// ok: missing-auth, missing-role-check, missing-input-validation
router.post('/submissions/:id/grade', requireRole('teacher'), body('grade').isInt({ min: 0, max: 1000 }), body('feedback').optional().isLength({ max: 5000 }), function (req, res, next) {
  var errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array() });
  // ok: unscoped-tenant-query
  Submission.findOne({ _id: req.params.id, school: req.user.school }, function (err, submission) {
    if (err) return next(err);
    if (!submission) return res.sendStatus(404);
    submission.grade = req.body.grade;
    submission.feedback = req.body.feedback;
    submission.save(function (saveErr) {
      if (saveErr) return next(saveErr);
      res.redirect('back');
    });
  });
});

module.exports = router;
