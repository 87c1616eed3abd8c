import { Router } from 'express';
import { z } from 'zod';
import { db, firebaseAuth } from '../lib/firebase';
import { signupLimiter } from '../middleware/limits';
import { sendMail } from '../lib/mailer';

// SuperTokens serves its own /auth/signin, /auth/signup ... through middleware(); these are the extra
// endpoints the mobile app (Firebase) needs.
const router = Router();

const signupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10),
  name: z.string().min(1).max(80),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/signup/student', signupLimiter, async (req, res) => {
  const body = signupSchema.parse(req.body);
  const user = await firebaseAuth.createUser({ email: body.email, password: body.password, displayName: body.name });
  await db.collection('students').doc(user.uid).set({ name: body.name, createdAt: new Date() });
  res.status(201).json({ uid: user.uid });
});

// expect: missing-rate-limit
router.post('/session-login', async (req, res) => {
  const idToken = String(req.body.idToken ?? '');
  const expiresIn = 5 * 24 * 60 * 60 * 1000;
  const sessionCookie = await firebaseAuth.createSessionCookie(idToken, { expiresIn });
  // expect: insecure-cookie
  res.cookie('__session', sessionCookie, { maxAge: expiresIn });
  res.json({ status: 'ok' });
});

// expect: missing-rate-limit
router.post('/password-reset', async (req, res) => {
  const { email } = z.object({ email: z.string().email() }).parse(req.body);
  const link = await firebaseAuth.generatePasswordResetLink(email);
  await sendMail(email, 'Reset your TutorMarket password', `Follow this link: ${link}`);
  res.status(202).end();
});

// ok: missing-auth, missing-rate-limit
router.post('/session-logout', (_req, res) => {
  // ok: insecure-cookie
  res.clearCookie('__session');
  res.sendStatus(204);
});

// ok: missing-auth
router.post('/locale', (req, res) => {
  const locale = ['en', 'de', 'fr', 'es'].includes(req.body.locale) ? req.body.locale : 'en';
  // ok: insecure-cookie
  res.cookie('tm_locale', locale, { maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax' });
  res.sendStatus(204);
});

export default router;
