import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class AuthService {
  constructor(private readonly prisma: PrismaService, private readonly jwt: JwtService) {}

  async login(email: string, password: string) {
    const user = await this.prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedException();
    return { accessToken: await this.jwt.signAsync({ sub: user.id, crewId: user.crewId }) };
  }

  async verifyOtp(challengeId: string, code: string) {
    const challenge = await this.prisma.otpChallenge.findUnique({ where: { id: challengeId } });
    if (!challenge || challenge.code !== code || challenge.expiresAt < new Date()) throw new UnauthorizedException();
    return { ok: true };
  }

  async requestReset(email: string) {
    const user = await this.prisma.user.findUnique({ where: { email } });
    if (user) await this.prisma.passwordReset.create({ data: { userId: user.id } });
  }
}
