import { getServerSession, type NextAuthOptions } from 'next-auth';

export const authOptions: NextAuthOptions = { providers: [] };

export const getServerAuthSession = () => getServerSession(authOptions);
