import type { NextFunction, Request, Response } from 'express';
import admin from '../lib/firebase';
import { logger } from '../lib/logger';

export interface FirebaseRequest extends Request {
  uid?: string;
  firebaseClaims?: admin.auth.DecodedIdToken;
}

/** Students and tutors using the mobile app sign in with Firebase; the app sends the ID token as a bearer token. */
export async function requireFirebaseUser(req: FirebaseRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const idToken = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!idToken) {
    return res.status(401).json({ error: 'missing_token' });
  }
  try {
    const decoded = await admin.auth().verifyIdToken(idToken);
    req.uid = decoded.uid;
    req.firebaseClaims = decoded;
    return next();
  } catch (err) {
    // expect: token-logging
    logger.warn({ idToken, err }, 'firebase token rejected');
    return res.status(401).json({ error: 'invalid_token' });
  }
}
