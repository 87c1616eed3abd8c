import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { prisma } from '../lib/prisma';
import { HttpError } from '../lib/errors';

function issueToken(user: { id: string; orgId: string; role: string; isStaff: boolean }) {
  return jwt.sign({ sub: user.id, org: user.orgId, role: user.role, staff: user.isStaff }, process.env.JWT_SECRET!, {
    expiresIn: '8h',
  });
}

export const authService = {
  async login(email: string, password: string) {
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new HttpError(401, 'invalid credentials');
    }
    return issueToken(user);
  },

  async signup(input: { orgName: string; name: string; email: string; password: string }) {
    const passwordHash = await bcrypt.hash(input.password, 12);
    const org = await prisma.organization.create({
      data: {
        name: input.orgName,
        users: { create: { email: input.email, name: input.name, passwordHash, role: 'owner' } },
      },
      include: { users: true },
    });
    return issueToken(org.users[0]);
  },

  async requestReset(email: string) {
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user) return;
    const raw = crypto.randomBytes(32).toString('hex');
    await prisma.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: crypto.createHash('sha256').update(raw).digest('hex'),
        expiresAt: new Date(Date.now() + 30 * 60 * 1000),
      },
    });
    return raw;
  },

  async reset(token: string, password: string) {
    const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
    const row = await prisma.passwordResetToken.findUnique({ where: { tokenHash } });
    if (!row || row.expiresAt < new Date()) throw new HttpError(400, 'invalid or expired token');
    await prisma.user.update({
      where: { id: row.userId },
      data: { passwordHash: await bcrypt.hash(password, 12) },
    });
    await prisma.passwordResetToken.delete({ where: { id: row.id } });
  },
};
