import { Router } from 'express';
import multer from 'multer';
import { body, validationResult } from 'express-validator';
import { isAuthenticated, isManager } from '../middleware/auth.js';
import Shift from '../models/Shift.js';

const router = Router();

// rota photos from the whiteboard
// expect: unrestricted-upload
const rotaUpload = multer({
  dest: 'uploads/rota',
  fileFilter: (req, file, cb) => cb(null, file.mimetype.startsWith('image/')),
});

const shiftRules = [body('cook').isMongoId(), body('start').isISO8601(), body('end').isISO8601()];

router
  .route('/')
  // ok: missing-auth
  .get(isAuthenticated, async (req, res) => {
    // ok: unscoped-tenant-query
    res.json(await Shift.find({ restaurant: req.user.restaurant }).sort({ start: 1 }));
  })
  // ok: missing-auth, missing-input-validation
  .post(isAuthenticated, isManager, shiftRules, async (req, res) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array() });
    const { cook, start, end } = req.body;
    res.status(201).json(await Shift.create({ cook, start, end, restaurant: req.user.restaurant }));
  });

router
  .route('/:id')
  // ok: missing-auth
  .get(isAuthenticated, async (req, res) => {
    // ok: unscoped-tenant-query
    const shift = await Shift.findOne({ _id: req.params.id, restaurant: req.user.restaurant });
    if (!shift) return res.sendStatus(404);
    res.json(shift);
  })
  // expect: missing-auth
  .delete(async (req, res) => {
    await Shift.findByIdAndDelete(req.params.id);
    res.sendStatus(204);
  });

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
router.post('/rota-photo', isAuthenticated, rotaUpload.single('photo'), (req, res) => {
  res.status(201).json({ stored: req.file.filename });
});

export default router;
