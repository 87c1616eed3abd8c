import jwt from 'jsonwebtoken';

// expect: insecure-jwt
const MOBILE_SECRET = process.env.MOBILE_JWT_SECRET || 'tutormatch-mobile-dev';

export function signMobileToken(userId: string, agencyId: string) {
  return jwt.sign({ sub: userId, agencyId }, MOBILE_SECRET, { expiresIn: '30d', algorithm: 'HS256' });
}

export function verifyMobileToken(token: string) {
  return jwt.verify(token, MOBILE_SECRET, { algorithms: ['HS256'] }) as { sub: string; agencyId: string };
}

// the calendar feed link (webcal://...) stays valid for ever: subscribers never refresh it
export function verifyFeedToken(token: string) {
  // expect: insecure-jwt
  return jwt.verify(token, MOBILE_SECRET, { algorithms: ['HS256'], ignoreExpiration: true }) as { sub: string; agencyId: string };
}
