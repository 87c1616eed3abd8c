import { ConflictException, Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { Prisma, Role, User } from '@prisma/client';
import * as bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'crypto';
import { PrismaService } from '../prisma/prisma.service';

export interface AccessTokenPayload {
  sub: string;
  orgId: string;
  role: Role;
}

interface RefreshTokenPayload {
  sub: string;
  ver: number;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

const BCRYPT_ROUNDS = 12;
const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  // Compared against when the email is unknown so both failure paths cost one bcrypt round.
  private readonly dummyHash = bcrypt.hashSync(randomBytes(16).toString('hex'), BCRYPT_ROUNDS);

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
  ) {}

  async login(email: string, password: string): Promise<TokenPair> {
    const user = await this.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
    const passwordOk = await bcrypt.compare(password, user?.passwordHash ?? this.dummyHash);
    if (!user || !passwordOk) {
      throw new UnauthorizedException('Invalid email or password');
    }
    return this.issueTokens(user);
  }

  async register(input: { orgName: string; name: string; email: string; password: string }): Promise<TokenPair> {
    const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
    try {
      const user = await this.prisma.user.create({
        data: {
          email: input.email.toLowerCase(),
          name: input.name,
          passwordHash,
          role: Role.admin,
          org: { create: { name: input.orgName } },
        },
      });
      return this.issueTokens(user);
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
        throw new ConflictException('An account with this email already exists');
      }
      throw err;
    }
  }

  async refresh(refreshToken: string | undefined): Promise<TokenPair> {
    if (!refreshToken) {
      throw new UnauthorizedException();
    }
    let payload: RefreshTokenPayload;
    try {
      // ok: insecure-jwt
      payload = await this.jwt.verifyAsync<RefreshTokenPayload>(refreshToken, { secret: this.config.getOrThrow<string>('JWT_REFRESH_SECRET') });
    } catch {
      throw new UnauthorizedException();
    }
    const user = await this.prisma.user.findUnique({ where: { id: payload.sub } });
    if (!user || user.tokenVersion !== payload.ver) {
      throw new UnauthorizedException();
    }
    return this.issueTokens(user);
  }

  async logout(userId: string): Promise<void> {
    await this.prisma.user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } });
  }

  async forgotPassword(email: string): Promise<void> {
    const user = await this.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
    if (!user) {
      return;
    }
    const token = randomBytes(32).toString('base64url');
    await this.prisma.user.update({
      where: { id: user.id },
      data: { resetTokenHash: sha256(token), resetTokenExpiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
    });
    await this.sendPasswordResetEmail(user.email, token);
  }

  async resetPassword(token: string, newPassword: string): Promise<TokenPair> {
    const user = await this.prisma.user.findUnique({ where: { resetTokenHash: sha256(token) } });
    if (!user || !user.resetTokenExpiresAt || user.resetTokenExpiresAt < new Date()) {
      throw new UnauthorizedException('Reset link is invalid or has expired');
    }
    const updated = await this.prisma.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await bcrypt.hash(newPassword, BCRYPT_ROUNDS),
        resetTokenHash: null,
        resetTokenExpiresAt: null,
        tokenVersion: { increment: 1 },
      },
    });
    return this.issueTokens(updated);
  }

  listOrgUsers(orgId: string) {
    return this.prisma.user.findMany({
      where: { orgId },
      select: { id: true, email: true, name: true, role: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  async changeRole(orgId: string, userId: string, role: Role): Promise<void> {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.user.updateMany({ where: { id: userId, orgId }, data: { role, tokenVersion: { increment: 1 } } });
    if (count === 0) {
      throw new NotFoundException('User not found');
    }
  }

  private async issueTokens(user: Pick<User, 'id' | 'orgId' | 'role' | 'tokenVersion'>): Promise<TokenPair> {
    const access: AccessTokenPayload = { sub: user.id, orgId: user.orgId, role: user.role };
    const refresh: RefreshTokenPayload = { sub: user.id, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(access);
    const refreshToken = await this.jwt.signAsync(refresh, {
      secret: this.config.getOrThrow<string>('JWT_REFRESH_SECRET'),
      expiresIn: '7d',
    });
    return { accessToken, refreshToken };
  }

  private async sendPasswordResetEmail(to: string, token: string): Promise<void> {
    const resetUrl = `${this.config.getOrThrow<string>('APP_URL')}/reset-password?token=${encodeURIComponent(token)}`;
    const res = await fetch(this.config.getOrThrow<string>('MAIL_API_URL'), {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${this.config.getOrThrow<string>('MAIL_API_KEY')}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ to, template: 'password-reset', variables: { resetUrl } }),
    });
    if (!res.ok) {
      this.logger.error(`Password reset email was not accepted (HTTP ${res.status})`);
    }
  }
}
