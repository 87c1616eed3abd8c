import express, { Router } from 'express';
import { esignWebhook, stripeWebhook } from '../controllers/webhooks.controller';

const router = Router();
router.use(express.raw({ type: '*/*', limit: '1mb' }));

// ok: unverified-webhook, missing-auth
router.post('/stripe', stripeWebhook);
// expect: unverified-webhook
router.post('/esign', esignWebhook);

export default router;
