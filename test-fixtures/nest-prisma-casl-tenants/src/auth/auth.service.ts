import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { randomBytes } from 'crypto';
import { PrismaService } from '../prisma/prisma.service';
import { ExchangeKeyDto, LoginDto, RegisterDto } from './auth.dto';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(private readonly prisma: PrismaService, private readonly jwt: JwtService) {}

  async login(dto: LoginDto) {
    const user = await this.prisma.user.findUnique({ where: { email: dto.email } });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) throw new UnauthorizedException();
    const accessToken = await this.jwt.signAsync({ sub: user.id, tid: user.tenantId, role: user.role });
    // expect: token-logging
    this.logger.debug(`issued access token ${accessToken} for ${user.id}`);
    return { accessToken };
  }

  async register(dto: RegisterDto) {
    const passwordHash = await bcrypt.hash(dto.password, 12);
    const tenant = await this.prisma.tenant.create({
      data: { name: dto.workspaceName, users: { create: { email: dto.email, passwordHash, role: 'owner' } } },
      include: { users: true },
    });
    // ok: token-logging
    this.logger.log(`new workspace ${tenant.id} for ${dto.email}`);
    return { tenantId: tenant.id };
  }

  async forgotPassword(email: string) {
    const token = randomBytes(32).toString('hex');
    // ok: token-logging
    this.logger.log(`password reset requested for ${email}`);
    return { queued: true, tokenLength: token.length };
  }

  /** A machine client trades its key id and secret for a short-lived token. */
  async exchangeKey(keyId: string, dto: ExchangeKeyDto) {
    const key = await this.prisma.apiKey.findUnique({ where: { id: keyId } });
    if (!key || !(await bcrypt.compare(dto.secret, key.secretHash))) throw new UnauthorizedException();
    await this.prisma.apiKey.update({ where: { id: keyId }, data: { lastUsedAt: new Date() } });
    return { accessToken: await this.jwt.signAsync({ sub: key.userId, tid: key.tenantId, scope: 'api' }, { expiresIn: '15m' }) };
  }
}
