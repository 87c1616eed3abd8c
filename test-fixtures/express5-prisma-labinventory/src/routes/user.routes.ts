import { Router } from 'express';
import { userController } from '../controllers/user.controller.js';
import { authenticate } from '../middleware/auth.js';
import { validate } from '../middleware/validate.js';
import { updateUserSchema } from '../validators/schemas.js';

export const userRouter = Router();

// ok: missing-auth
userRouter.get('/me', authenticate, userController.me);
// the schema lets a member set `role` on any colleague, and nothing checks the caller's role
// known gap: missing-role-check: the role comes in through data: req.body, whose keys only the zod schema (role: z.nativeEnum(Role)) names
// ok: missing-auth, missing-input-validation, missing-role-check
userRouter.patch('/:id', authenticate, validate(updateUserSchema), userController.update);
