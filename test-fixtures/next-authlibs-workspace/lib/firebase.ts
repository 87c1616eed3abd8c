import { getAuth } from 'firebase-admin/auth';

/** Verifies the Firebase ID token sent as a Bearer token; null when missing or invalid. */
export async function verifyFirebaseUser(req: Request) {
  const header = req.headers.get('authorization') ?? '';
  const token = header.replace(/^Bearer /, '');
  if (!token) return null;
  try {
    return await getAuth().verifyIdToken(token);
  } catch {
    return null;
  }
}
