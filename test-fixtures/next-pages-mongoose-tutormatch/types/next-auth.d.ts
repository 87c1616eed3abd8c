import 'next-auth';

export type Role = 'owner' | 'manager' | 'tutor';

declare module 'next-auth' {
  interface Session {
    user: {
      id: string;
      email: string;
      name?: string | null;
      agencyId: string;
      role: Role;
    };
  }
}
