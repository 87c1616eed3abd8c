import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

// expect: missing-rate-limit
export default NextAuth(authOptions);
