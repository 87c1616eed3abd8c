import { Router } from 'express';
import { body, param } from 'express-validator';
import { projectController } from '../controllers/project.controller';
import { checkRole } from '../middleware/auth';
import { validate } from '../middleware/validate';

// mounted behind authenticate in routes/index.ts
const router = Router();

// ok: missing-auth
router.get('/', projectController.list);

// ok: missing-auth
// expect: missing-rate-limit
router.get('/export.csv', projectController.exportCsv);

// ok: missing-auth, missing-input-validation
router.post(
  '/',
  validate([body('name').trim().isLength({ min: 1, max: 120 }), body('description').optional().isString().isLength({ max: 2000 })]),
  projectController.create,
);

// ok: missing-auth
router.get('/:id', validate([param('id').isString()]), projectController.get);

// ok: missing-auth
// expect: missing-input-validation
router.patch('/:id', projectController.update);

// ok: missing-auth, missing-role-check
router.delete('/:id', checkRole('admin', 'manager'), projectController.remove);

// ok: missing-auth
router.get('/:id/tasks', projectController.tasks);

// ok: missing-auth, missing-input-validation
router.post('/:id/tasks', validate([body('title').trim().isLength({ min: 1, max: 200 })]), projectController.addTask);

export default router;
