import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(private readonly prisma: PrismaService, private readonly jwt: JwtService) {}

  async login(email: string, password: string) {
    const user = await this.prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedException();
    const accessToken = await this.jwt.signAsync({ sub: user.id, organizationId: user.organizationId, role: user.role });
    // expect: token-logging
    this.logger.debug(`issued access token ${accessToken} for ${user.id}`);
    // ok: token-logging
    this.logger.log(`login for user ${user.id}`);
    return { accessToken };
  }
}
