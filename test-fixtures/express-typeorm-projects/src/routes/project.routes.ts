import { Router } from 'express';
import { ProjectController } from '../controllers/project.controller';
import { AuthMiddleware } from '../middlewares/auth.middleware';

const router = Router();
const controller = new ProjectController();

router.get('/', AuthMiddleware.verify, controller.list);
router.get('/:id', AuthMiddleware.verify, controller.show);
router.get('/:id/scoped', AuthMiddleware.verify, controller.showScoped);
// expect: missing-input-validation
router.patch('/:id/name', AuthMiddleware.verify, controller.rename);
// ok: missing-role-check
router.post('/:id/archive', AuthMiddleware.verify, AuthMiddleware.hasRole('admin', 'owner'), controller.archive);

export default router;
