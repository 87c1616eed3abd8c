import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

// the Credentials provider checks a password on every POST to /api/auth/callback/credentials
// expect: missing-rate-limit
export default NextAuth(authOptions);
