import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

const handler = NextAuth(authOptions);

// the Credentials provider checks passwords on POST /api/auth/callback/credentials, unthrottled
// expect: missing-rate-limit
export { handler as GET, handler as POST };
