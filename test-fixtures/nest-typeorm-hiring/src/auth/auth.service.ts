import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { Repository } from 'typeorm';
import * as bcrypt from 'bcrypt';
import { randomUUID } from 'crypto';
import { User } from '../users/user.entity';
import { AcceptInviteDto, LoginDto, RegisterDto } from './dto';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  async login(dto: LoginDto) {
    const user = await this.users.findOne({ where: { email: dto.email }, select: ['id', 'email', 'passwordHash', 'role', 'companyId'] });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      // expect: token-logging
      this.logger.warn(`Failed login for ${dto.email} (password: ${dto.password})`);
      throw new UnauthorizedException('Invalid credentials');
    }
    return { accessToken: await this.jwt.signAsync({ sub: user.id, companyId: user.companyId, role: user.role }) };
  }

  async register(dto: RegisterDto) {
    const user = this.users.create({
      email: dto.email,
      passwordHash: await bcrypt.hash(dto.password, 12),
      role: 'admin',
      companyId: randomUUID(),
    });
    await this.users.save(user);
    return { id: user.id };
  }

  async acceptInvite(dto: AcceptInviteDto) {
    // expect: insecure-jwt
    const claims = this.jwt.verify<{ email: string; companyId: string }>(dto.token, { ignoreExpiration: true });
    const user = this.users.create({ email: claims.email, companyId: claims.companyId, passwordHash: await bcrypt.hash(dto.password, 12) });
    await this.users.save(user);
    return { id: user.id };
  }
}
