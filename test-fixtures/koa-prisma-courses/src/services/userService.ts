import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { Prisma, Role } from '@prisma/client';
import { prisma } from '../db';

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
) => Promise<Buffer>;

const KEY_LENGTH = 64;
// Used when the user does not exist so that login takes the same time either way.
const DUMMY_HASH = `scrypt$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [scheme, salt, key] = (stored ?? DUMMY_HASH).split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length);
  return crypto.timingSafeEqual(actual, expected) && stored !== null;
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

export const userPublicSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  schoolId: true,
  lastLoginAt: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export function listUsers(schoolId: string, role?: Role) {
  // ok: unscoped-tenant-query
  return prisma.user.findMany({
    where: { schoolId, ...(role ? { role } : {}) },
    select: userPublicSelect,
    orderBy: { name: 'asc' },
  });
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export async function createUser(schoolId: string, input: NewUser) {
  return prisma.user.create({
    data: {
      schoolId,
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
    select: userPublicSelect,
  });
}

export async function sendPasswordResetEmail(to: string, token: string): Promise<void> {
  const appUrl = process.env.APP_URL ?? 'http://localhost:5173';
  const link = `${appUrl}/reset-password?token=${encodeURIComponent(token)}`;
  const res = await fetch(`${process.env.MAIL_API_URL}/v1/send`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.MAIL_API_KEY}`,
    },
    body: JSON.stringify({ to, template: 'password-reset', variables: { link } }),
  });
  if (!res.ok) {
    throw new Error(`mail API responded ${res.status}`);
  }
}
