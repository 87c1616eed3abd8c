import { Injectable, Logger, UnauthorizedException, BadRequestException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'crypto';
import { User } from '@prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { MailService } from '../mail/mail.service';
import { LoginDto, RegisterDto, ResetPasswordDto } from './auth.dto';

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    private readonly mail: MailService,
  ) {}

  async login(dto: LoginDto) {
    // ok: token-logging
    this.logger.debug(`login attempt for ${dto.email}`);
    const user = await this.prisma.user.findUnique({ where: { email: dto.email.toLowerCase() } });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) throw new UnauthorizedException('invalid credentials');
    return this.issueTokens(user);
  }

  async register(dto: RegisterDto) {
    const user = await this.prisma.user.create({
      data: {
        name: dto.name,
        email: dto.email.toLowerCase(),
        passwordHash: await bcrypt.hash(dto.password, 12),
        role: 'ADMIN',
        org: { create: { name: dto.organizationName } },
      },
    });
    return this.issueTokens(user);
  }

  async requestReset(email: string) {
    const user = await this.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
    if (!user) return;
    const token = randomBytes(32).toString('hex');
    await this.prisma.passwordReset.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3_600_000) } });
    await this.mail.sendPasswordReset(user.email, token);
  }

  async resetPassword(dto: ResetPasswordDto) {
    const reset = await this.prisma.passwordReset.findUnique({ where: { tokenHash: sha256(dto.token) } });
    if (!reset || reset.expiresAt < new Date()) throw new BadRequestException('invalid or expired token');
    await this.prisma.$transaction([
      this.prisma.user.update({ where: { id: reset.userId }, data: { passwordHash: await bcrypt.hash(dto.password, 12) } }),
      this.prisma.passwordReset.delete({ where: { id: reset.id } }),
    ]);
  }

  async refresh(presented: string) {
    const row = await this.prisma.refreshToken.findUnique({ where: { tokenHash: sha256(presented) } });
    if (!row || row.expiresAt < new Date()) throw new UnauthorizedException();
    await this.prisma.refreshToken.delete({ where: { id: row.id } });
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: row.userId } });
    return this.issueTokens(user);
  }

  async revoke(presented: string) {
    await this.prisma.refreshToken.deleteMany({ where: { tokenHash: sha256(presented) } });
  }

  private async issueTokens(user: User) {
    const accessToken = await this.jwt.signAsync({ sub: user.id, orgId: user.orgId, role: user.role, email: user.email });
    const refreshToken = randomBytes(48).toString('base64url');
    await this.prisma.refreshToken.create({
      data: { userId: user.id, tokenHash: sha256(refreshToken), expiresAt: new Date(Date.now() + 30 * 86_400_000) },
    });
    // expect: token-logging
    this.logger.verbose(`issued refresh token ${refreshToken} for user ${user.id}`);
    return { accessToken, refreshToken };
  }
}
