import NextAuth from 'next-auth';
import { authOptions } from '../../../lib/auth';

// ok: missing-auth
// expect: missing-rate-limit
export default NextAuth(authOptions);
