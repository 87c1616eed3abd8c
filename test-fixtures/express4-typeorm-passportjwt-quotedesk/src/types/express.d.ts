import { UserRole } from '../entities/User';

declare global {
  namespace Express {
    interface User {
      id: string;
      email: string;
      role: UserRole;
      organizationId: string;
      isStaff: boolean;
    }
  }
}

export {};
