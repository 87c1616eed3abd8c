import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { randomBytes } from 'crypto';
import { PrismaService } from '../prisma.service';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
  ) {}

  async login(email: string, password: string) {
    const user = await this.prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedException();
    const accessToken = await this.jwt.signAsync({ sub: user.id, email: user.email, role: user.role });
    // ok: insecure-jwt
    const refreshToken = await this.jwt.signAsync({ sub: user.id }, { secret: this.config.getOrThrow('JWT_REFRESH_SECRET'), expiresIn: '14d' });
    // ok: token-logging
    this.logger.log(`User ${user.id} signed in`);
    // expect: token-logging
    this.logger.debug(`Issued access token ${accessToken} for ${user.email}`);
    return { accessToken, refreshToken };
  }

  async rotate(userId: string) {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    const accessToken = await this.jwt.signAsync({ sub: user.id, email: user.email, role: user.role });
    const refreshToken = await this.jwt.signAsync({ sub: user.id }, { secret: this.config.getOrThrow('JWT_REFRESH_SECRET'), expiresIn: '14d' });
    return { accessToken, refreshToken };
  }

  async register(email: string, password: string) {
    const passwordHash = await bcrypt.hash(password, 12);
    const user = await this.prisma.user.create({ data: { email, passwordHash, role: 'member' } });
    return { id: user.id };
  }

  async requestPasswordReset(email: string) {
    const user = await this.prisma.user.findUnique({ where: { email } });
    if (!user) return;
    // expect: insecure-jwt
    const token = this.jwt.sign({ sub: user.id, purpose: 'reset' }, { secret: 'vault-password-reset', expiresIn: '1h' });
    await this.prisma.passwordReset.create({ data: { userId: user.id, tokenHash: randomBytes(8).toString('hex') } });
    // ok: token-logging
    this.logger.log(`Password reset requested for user ${user.id}`);
    return token;
  }
}
