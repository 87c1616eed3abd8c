import NextAuth from 'next-auth';
import { authOptions } from '../../../lib/auth';

// ok: missing-auth
export default NextAuth(authOptions);
