import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string) {
    // ok: unscoped-tenant-query
    const user = await this.prisma.user.findUnique({ where: { email } });
    if (!user || user.disabledAt || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new UnauthorizedException('Invalid email or password');
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id, org: user.orgId, role: user.role });
    // expect: token-logging
    this.logger.debug(`issued session for ${user.email}: ${accessToken}`);
    return { accessToken, user: { id: user.id, name: user.name, role: user.role } };
  }

  async rotate(refreshToken: string | undefined) {
    if (!refreshToken) throw new UnauthorizedException();
    const claims = await this.jwt.verifyAsync<{ sub: string; typ: string }>(refreshToken).catch(() => null);
    if (!claims || claims.typ !== 'refresh') throw new UnauthorizedException();
    // ok: unscoped-tenant-query
    const user = await this.prisma.user.findUnique({ where: { id: claims.sub } });
    if (!user || user.disabledAt) throw new UnauthorizedException();
    return {
      accessToken: await this.jwt.signAsync({ sub: user.id, org: user.orgId, role: user.role }),
      refreshToken: await this.jwt.signAsync({ sub: user.id, typ: 'refresh' }, { expiresIn: '14d' }),
    };
  }

  async startReset(email: string) {
    const token = randomBytes(32).toString('hex');
    // ok: token-logging
    this.logger.log(`password reset requested for ${email}`);
    return token;
  }
}
