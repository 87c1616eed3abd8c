import fs from 'node:fs';
import jwt from 'jsonwebtoken';
import type { IncomingMessage } from 'node:http';
import type { AuthChecker } from 'type-graphql';
import { Role } from './entities';
import { logger } from './logger';

const PRIVATE_KEY = fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH ?? '/run/secrets/jwt.key', 'utf8');
const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH ?? '/run/secrets/jwt.pub', 'utf8');

export interface Caller {
  id: string;
  labId: string;
  role: Role;
}

export interface GqlContext {
  caller: Caller | null;
  ip: string;
}

export function issueToken(caller: Caller): string {
  return jwt.sign(caller, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '8h' });
}

function readCaller(authorization: string | undefined): Caller | null {
  if (!authorization?.startsWith('Bearer ')) return null;
  const token = authorization.slice(7);
  try {
    // expect: insecure-jwt
    const claims = jwt.verify(token, PUBLIC_KEY) as Caller;
    return { id: claims.id, labId: claims.labId, role: claims.role };
  } catch (err) {
    // expect: token-logging
    logger.warn(`rejected bearer ${authorization}: ${(err as Error).message}`);
    return null;
  }
}

export async function buildContext({ req }: { req: IncomingMessage }): Promise<GqlContext> {
  return {
    caller: readCaller(req.headers.authorization),
    ip: (req.headers['x-forwarded-for'] as string | undefined)?.split(',')[0] ?? req.socket.remoteAddress ?? '',
  };
}

// @Authorized() needs a caller; @Authorized(Role.ADMIN) needs one of the listed roles
export const authChecker: AuthChecker<GqlContext, Role> = ({ context }, roles) => {
  if (!context.caller) return false;
  if (roles.length === 0) return true;
  return roles.includes(context.caller.role);
};
