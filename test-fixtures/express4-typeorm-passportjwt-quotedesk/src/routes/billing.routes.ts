import { Router } from 'express';
import passport from 'passport';
import { celebrate, Joi, Segments } from 'celebrate';
import * as billing from '../controllers/billing.controller';
import { requireRole } from '../middleware/auth';
import { UserRole } from '../entities/User';

const router = Router();
const jwtAuth = passport.authenticate('jwt', { session: false });

// ok: missing-auth, missing-role-check
router.get('/manage/billing', jwtAuth, billing.getBilling);
// expect: missing-role-check
router.post(
  '/manage/billing/plan',
  jwtAuth,
  celebrate({ [Segments.BODY]: Joi.object({ plan: Joi.string().valid('starter', 'growth', 'enterprise').required() }) }),
  billing.changePlan,
);
// ok: missing-auth, missing-role-check
router.post('/manage/billing/portal', jwtAuth, requireRole(UserRole.Owner), (req, res) => res.json({ url: 'https://billing.stripe.com/p/session/test' }));
// ok: missing-auth
router.get('/lookup/quotes/:number', jwtAuth, billing.quoteByNumber);
// expect: missing-auth
router.get('/lookup/quotes/:number/summary', billing.quoteByNumber);
// ok: missing-auth
router.get('/lookup/customers/:id/timeline', jwtAuth, billing.customerTimeline);
// expect: missing-input-validation
router.patch('/lookup/customers/:id/name', jwtAuth, billing.renameCustomer);
// expect: missing-input-validation
router.put('/lookup/customers/:id/notes', jwtAuth, billing.customerNotes);

export default router;
