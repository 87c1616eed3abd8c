import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

export const hashPassword = (plain: string) => hash(plain, { memoryCost: 19456, timeCost: 2 });
export const verifyPassword = (digest: string, plain: string) => verify(digest, plain);
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');
