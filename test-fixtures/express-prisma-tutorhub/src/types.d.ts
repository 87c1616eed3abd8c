import type { Role } from './lib/tokens';

declare global {
  namespace Express {
    interface Request {
      user?: { id: string; organizationId: string; role: Role };
    }
  }
}

export {};
