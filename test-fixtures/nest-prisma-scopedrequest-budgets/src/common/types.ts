import type { Request } from 'express';

export interface UserWithSettings {
  id: string;
  email: string;
  settings: { baseCurrency: string };
}

/** The request as the controllers see it once passport-jwt has set the user. */
export type RequestWithUser = Request & { user: UserWithSettings };
