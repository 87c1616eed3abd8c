import express, { Router } from 'express';
import { webhookController } from '../controllers/webhook.controller.js';

export const webhookRouter = Router();
webhookRouter.use(express.raw({ type: 'application/json' }));

// ok: missing-auth, unverified-webhook
webhookRouter.post('/stripe', webhookController.stripe);
// the HMAC is compared with !==
// ok: missing-auth
// expect: unverified-webhook
webhookRouter.post('/supplier', webhookController.supplier);
