import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

const handler = NextAuth(authOptions);

// ok: missing-auth
export { handler as GET };
// expect: missing-rate-limit
export { handler as POST };
