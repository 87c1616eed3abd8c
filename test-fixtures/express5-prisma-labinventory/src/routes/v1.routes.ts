import { Router } from 'express';
import { readingController } from '../controllers/reading.controller.js';
import { apiKeyAuth } from '../middleware/auth.js';
import { validate } from '../middleware/validate.js';
import { readingSchema } from '../validators/schemas.js';

// machine-to-machine API for lab instruments
export const v1Router = Router();
v1Router.use(apiKeyAuth);

// ok: missing-auth, missing-input-validation
v1Router.post('/readings', validate(readingSchema), readingController.create);
