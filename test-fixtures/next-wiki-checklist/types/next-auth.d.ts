import type { DefaultSession } from 'next-auth';
import type { Role } from '@prisma/client';

declare module 'next-auth' {
  interface Session {
    user: {
      id: string;
      teamId: string;
      role: Role;
    } & DefaultSession['user'];
  }

  interface User {
    teamId: string;
    role: Role;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    id: string;
    teamId: string;
    role: Role;
  }
}
