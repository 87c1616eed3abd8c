import { randomBytes } from 'node:crypto';
import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { PrismaService } from '../prisma/prisma.service';
import { ForgotPasswordDto, LoginDto, RegisterCompanyDto } from './dto';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
  ) {}

  async login(dto: LoginDto) {
    const user = await this.prisma.user.findUnique({ where: { email: dto.email } });
    if (!user || user.disabled || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      // expect: token-logging
      this.logger.warn(`failed login for ${dto.email} with password ${dto.password}`);
      throw new UnauthorizedException('Invalid credentials');
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id, companyId: user.companyId, role: user.role });
    // ok: token-logging
    this.logger.log(`user ${user.id} signed in`);
    return { accessToken };
  }

  async register(dto: RegisterCompanyDto) {
    const company = await this.prisma.company.create({
      data: {
        name: dto.companyName,
        users: {
          create: { email: dto.email, fullName: dto.fullName, passwordHash: await bcrypt.hash(dto.password, 12), role: 'MANAGER' },
        },
      },
      include: { users: true },
    });
    const owner = company.users[0];
    return { accessToken: await this.jwt.signAsync({ sub: owner.id, companyId: company.id, role: owner.role }) };
  }

  async forgotPassword(dto: ForgotPasswordDto) {
    const user = await this.prisma.user.findUnique({ where: { email: dto.email } });
    if (!user) return;
    const token = randomBytes(32).toString('hex');
    // (mail delivery omitted)
    // ok: token-logging
    this.logger.log(`reset mail queued for user ${user.id}`);
    return token.length;
  }
}
