import express, { Router } from 'express';
import fs from 'node:fs';
import jwt from 'jsonwebtoken';
import nodemailer from 'nodemailer';
import { Webhook } from 'svix';
import { Vendor, Organization, type User } from '../models/index.js';
import { requireAuth, currentOrgId } from '../middleware/auth.js';
import { logger } from '../logger.js';

const SSO_PUBLIC_KEY = fs.readFileSync(process.env.SSO_PUBLIC_KEY_PATH ?? 'keys/sso.pem');

export const mailer = nodemailer.createTransport({
  host: process.env.SMTP_HOST ?? 'smtp.vendorhub.test',
  port: 587,
  // expect: hardcoded-secret
  auth: { user: 'notifications', pass: 'Vend0rHub-Mail-2291' },
});

export const integrationsRouter = Router();

// ok: missing-auth, unscoped-tenant-query
integrationsRouter.post('/sso/assert', express.urlencoded({ extended: false }), async (req, res) => {
  // expect: insecure-jwt
  const claims = jwt.verify(req.body.assertion, SSO_PUBLIC_KEY) as { email: string; org: string };
  const org = await Organization.findByPk(claims.org);
  if (!org) return res.status(403).json({ error: 'unknown organization' });
  res.json({ organizationId: org.id, email: claims.email });
});

// (a decoded partner token authenticates nobody)
// expect: missing-auth
integrationsRouter.get('/partner/vendors', async (req, res) => {
  // expect: insecure-jwt
  const partner = jwt.decode(req.get('x-partner-token') ?? '') as { organizationId?: string } | null;
  if (!partner?.organizationId) return res.status(401).json({ error: 'missing partner token' });
  // ok: unscoped-tenant-query
  const vendors = await Vendor.findAll({ where: { organizationId: partner.organizationId, status: 'approved' } });
  res.json(vendors);
});

// ok: unverified-webhook, missing-auth
integrationsRouter.post('/webhooks/clerk', express.raw({ type: 'application/json' }), async (req, res) => {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET ?? '');
  let evt: { type: string; data: { id: string; email_addresses: { email_address: string }[] } };
  try {
    evt = wh.verify(req.body, {
      'svix-id': req.get('svix-id') ?? '',
      'svix-timestamp': req.get('svix-timestamp') ?? '',
      'svix-signature': req.get('svix-signature') ?? '',
    }) as typeof evt;
  } catch {
    return res.status(400).end();
  }
  logger.info({ type: evt.type }, 'identity event');
  res.sendStatus(204);
});

// ok: missing-auth
integrationsRouter.get('/me/session', requireAuth, (req, res) => {
  const user = req.user as User;
  // expect: token-logging
  logger.debug({ headers: req.headers, userId: user.id }, 'session introspection');
  // ok: token-logging
  logger.info({ userId: user.id, organizationId: currentOrgId(req) }, 'session ok');
  // ok: insecure-cookie
  res.cookie('XSRF-TOKEN', Math.random().toString(36).slice(2), { secure: true, sameSite: 'strict' });
  res.json({ id: user.id, email: user.email });
});
