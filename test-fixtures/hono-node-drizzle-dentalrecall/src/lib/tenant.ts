import type { Context } from 'hono';
import type { AppEnv } from '../types';

/** the practice the signed-in user works at, from the verified token */
export const practiceOf = (c: Context<AppEnv>) => c.get('jwtPayload').practiceId;
