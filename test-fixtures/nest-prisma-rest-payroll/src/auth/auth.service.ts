import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'node:crypto';
import { PrismaService } from '../prisma/prisma.service';
import { LoginDto, ResetPasswordDto } from './dto/auth.dto';
import { MailService } from './mail.service';

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
    private readonly mail: MailService,
  ) {}

  async login(dto: LoginDto) {
    // expect: token-logging
    this.logger.debug(`login attempt ${JSON.stringify(dto)}`);
    // the copy with the password overwritten
    // ok: token-logging
    this.logger.verbose(`login payload ${JSON.stringify({ ...dto, password: undefined })}`);
    const user = await this.prisma.user.findUnique({ where: { email: dto.email } });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      throw new UnauthorizedException('Invalid credentials');
    }
    // ok: token-logging
    this.logger.log(`user ${user.id} signed in`);
    return this.issueTokens(user);
  }

  async refresh(refreshToken: string) {
    let payload: { sub: string };
    try {
      payload = await this.jwt.verifyAsync(refreshToken, {
        secret: this.config.getOrThrow<string>('JWT_REFRESH_SECRET'),
        algorithms: ['HS256'],
      });
    } catch {
      throw new UnauthorizedException();
    }
    const stored = await this.prisma.refreshToken.findUnique({ where: { tokenHash: sha256(refreshToken) } });
    if (!stored || stored.userId !== payload.sub || stored.expiresAt < new Date()) throw new UnauthorizedException();
    await this.prisma.refreshToken.delete({ where: { id: stored.id } });
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: payload.sub } });
    return this.issueTokens(user);
  }

  async logout(refreshToken: string | undefined) {
    if (!refreshToken) return;
    // expect: insecure-jwt
    const claims = this.jwt.decode(refreshToken) as { sub?: string } | null;
    if (claims?.sub) await this.prisma.refreshToken.deleteMany({ where: { userId: claims.sub } });
  }

  async requestReset(email: string) {
    const user = await this.prisma.user.findUnique({ where: { email } });
    if (!user) return;
    const token = randomBytes(32).toString('hex');
    await this.prisma.user.update({
      where: { id: user.id },
      data: { resetToken: sha256(token), resetExpires: new Date(Date.now() + 30 * 60_000) },
    });
    await this.mail.send(email, 'Reset your password', `${process.env.APP_URL}/reset?token=${token}`);
    // ok: token-logging
    this.logger.log(`reset mail sent to user ${user.id}`);
  }

  async resetPassword(dto: ResetPasswordDto) {
    const { password, token, ...rest } = dto;
    // what is left once the token and the password are pulled out
    // ok: token-logging
    this.logger.debug(rest);
    const user = await this.prisma.user.findUnique({ where: { resetToken: sha256(dto.token) } });
    if (!user || !user.resetExpires || user.resetExpires < new Date()) throw new UnauthorizedException('Invalid token');
    await this.prisma.user.update({
      where: { id: user.id },
      data: { passwordHash: await bcrypt.hash(dto.password, 12), resetToken: null, resetExpires: null },
    });
  }

  private async issueTokens(user: { id: string; email: string; role: string; companyId: string }) {
    const accessToken = await this.jwt.signAsync({ sub: user.id, email: user.email, role: user.role, companyId: user.companyId });
    const refreshToken = await this.jwt.signAsync(
      { sub: user.id },
      { secret: this.config.getOrThrow<string>('JWT_REFRESH_SECRET'), expiresIn: '30d' },
    );
    await this.prisma.refreshToken.create({
      data: { tokenHash: sha256(refreshToken), userId: user.id, expiresAt: new Date(Date.now() + 30 * 86400_000) },
    });
    return { accessToken, refreshToken };
  }
}
