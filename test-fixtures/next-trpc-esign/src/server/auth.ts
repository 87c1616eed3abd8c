import { getServerSession, type NextAuthOptions } from 'next-auth';

export const authOptions: NextAuthOptions = { providers: [], session: { strategy: 'jwt' } };

export const getSession = () => getServerSession(authOptions);
