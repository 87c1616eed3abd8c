var express = require('express');
var path = require('path');
var Assignment = require('../models/Assignment');
var Submission = require('../models/Submission');
var { homeworkUpload } = require('../middleware/uploads');
var limits = require('../middleware/limits');

var router = express.Router();

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/assignments/:id/submit', limits.uploadLimiter, homeworkUpload.single('file'), async function (req, res, next) {
  try {
    // ok: unscoped-tenant-query
    var assignment = await Assignment.findOne({ _id: req.params.id, school: req.user.school });
    if (!assignment) return res.status(404).render('error', { message: 'Not found' });
    await Submission.create({
      school: assignment.school,
      assignment: assignment._id,
      student: req.user._id,
      filePath: req.file.path,
      originalName: req.file.originalname,
    });
    res.redirect('/assignments/' + assignment._id);
  } catch (err) {
    next(err);
  }
});

// ok: missing-auth
router.get('/submissions/:id/file', async function (req, res) {
  // ok: unscoped-tenant-query
  var submission = await Submission.findById(req.params.id);
  if (!submission) return res.sendStatus(404);
  var isOwner = String(submission.student) === String(req.user._id);
  var isStaff = req.user.role !== 'student' && String(submission.school) === String(req.user.school);
  if (!isOwner && !isStaff) return res.sendStatus(403);
  res.download(path.resolve(submission.filePath), submission.originalName);
});

// ok: missing-auth
router.delete('/submissions/:id', async function (req, res) {
  // expect: unscoped-tenant-query
  var submission = await Submission.findByIdAndDelete(req.params.id);
  res.json({ deleted: Boolean(submission) });
});

module.exports = router;
