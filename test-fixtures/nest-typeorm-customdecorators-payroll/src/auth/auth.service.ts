import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import * as bcrypt from 'bcrypt';
import { User } from '../entities/user.entity';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string) {
    // ok: unscoped-tenant-query
    const user = await this.users.findOne({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedException();
    const accessToken = await this.jwt.signAsync({ sub: user.id, cid: user.companyId, role: user.role });
    // expect: token-logging
    this.logger.debug(`issued access token ${accessToken} for ${user.id}`);
    return { accessToken };
  }

  async requestReset(email: string) {
    // ok: token-logging
    this.logger.log(`password reset requested for user with email domain ${email.split('@')[1]}`);
    return { sent: true };
  }
}
