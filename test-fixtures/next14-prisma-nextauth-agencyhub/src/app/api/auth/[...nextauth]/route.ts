import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

const handler = NextAuth(authOptions);

// ok: missing-auth, missing-rate-limit
export { handler as GET, handler as POST };
