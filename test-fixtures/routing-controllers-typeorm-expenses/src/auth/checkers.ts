import { Action } from 'routing-controllers';
import jwt from 'jsonwebtoken';
import { AppDataSource } from '../data-source';
import { User } from '../entities/User';

const JWT_SECRET = process.env.JWT_SECRET!;

function bearer(action: Action): string | undefined {
  const header: string | undefined = action.request.headers['authorization'];
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

export async function currentUserChecker(action: Action): Promise<User | null> {
  const token = bearer(action);
  if (!token) return null;
  const payload = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] }) as { sub: string };
  return AppDataSource.getRepository(User).findOneBy({ id: payload.sub });
}

export async function authorizationChecker(action: Action, roles: string[]): Promise<boolean> {
  const user = await currentUserChecker(action);
  if (!user) return false;
  return roles.length === 0 || roles.includes(user.role);
}
