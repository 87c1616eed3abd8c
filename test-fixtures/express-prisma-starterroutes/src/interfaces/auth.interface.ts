import { Request } from 'express';

export interface DataStoredInToken {
  id: number;
}

export interface RequestWithUser extends Request {
  user: { id: number; email: string };
}
