const express = require('express');
const { body } = require('express-validator');
const {
  getEvents,
  getEvent,
  createEvent,
  updateEvent,
  deleteEvent,
  eventCoverUpload,
  getAttendees,
  importAttendees,
} = require('../controllers/events');
const { protect, authorize } = require('../middleware/auth');
const { coverUpload, importUpload } = require('../middleware/upload');
const validate = require('../middleware/validate');

const router = express.Router();

router.use(protect);

router
  .route('/')
  .get(getEvents)
  .post(authorize('organizer', 'admin'), body('title').isString().isLength({ max: 120 }), body('startsAt').isISO8601(), validate, createEvent);

router
  .route('/:id')
  .get(getEvent)
  // expect: missing-input-validation
  .put(authorize('organizer', 'admin'), updateEvent)
  .delete(authorize('organizer', 'admin'), deleteEvent);

// expect: missing-rate-limit
router.put('/:id/cover', authorize('organizer', 'admin'), coverUpload.single('file'), eventCoverUpload);

router.get('/:id/attendees', authorize('organizer', 'admin'), getAttendees);
// expect: missing-rate-limit
router.post('/:id/attendees/import', authorize('organizer', 'admin'), importUpload.single('file'), importAttendees);

module.exports = router;
