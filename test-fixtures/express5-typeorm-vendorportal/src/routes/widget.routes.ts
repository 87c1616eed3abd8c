import { Router, type ErrorRequestHandler } from 'express';
import multer from 'multer';
import { body, validationResult } from 'express-validator';
import { vendors } from '../db/data-source.js';
import { requireJwt } from '../middleware/auth.js';
import { uploadLimiter } from '../middleware/rateLimits.js';

// the onboarding widget vendors embed on their own sites
export const widgetRouter = Router();

widgetRouter.use((req, res, next) => {
  // expect: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});
widgetRouter.use(requireJwt);

// expect: unrestricted-upload
const logoUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 512 * 1024 } });

// ok: missing-rate-limit
widgetRouter.put('/logo', uploadLimiter, logoUpload.single('logo'), async (req, res) => {
  res.json({ bytes: req.file?.size ?? 0 });
});

// ok: missing-input-validation
widgetRouter.post(
  '/contact',
  body('vendorId').isUUID(),
  body('email').isEmail().normalizeEmail(),
  async (req, res) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
    // ok: unscoped-tenant-query
    await vendors().update({ id: req.body.vendorId, organizationId: req.user!.orgId }, { contactEmail: req.body.email } as never);
    res.status(204).end();
  },
);

// the widget answers its own errors so the embedding page can show them
const widgetErrors: ErrorRequestHandler = (err, _req, res, _next) => {
  // expect: error-details-leak
  res.status(err.status ?? 500).json({ message: err.message });
};
widgetRouter.use(widgetErrors);
