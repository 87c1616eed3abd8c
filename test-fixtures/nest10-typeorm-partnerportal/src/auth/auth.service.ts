import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import * as bcrypt from 'bcrypt';
import { Partner, User } from '../entities';
import { LoginDto, SignupDto } from './dto';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
    private readonly jwt: JwtService,
  ) {}

  async login(dto: LoginDto) {
    // expect: token-logging
    this.logger.debug({ event: 'login.attempt', dto });
    const user = await this.users.findOne({ where: { email: dto.email } });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      // ok: token-logging
      this.logger.warn(`failed login for ${dto.email}`);
      throw new UnauthorizedException();
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id, tenantId: user.tenantId, role: user.role });
    return { user, accessToken };
  }

  async signup(dto: SignupDto) {
    const partner = await this.partners.save(this.partners.create({ name: dto.partnerName }));
    const user = await this.users.save(
      this.users.create({ email: dto.email, passwordHash: await bcrypt.hash(dto.password, 12), tenantId: partner.id, role: 'admin' }),
    );
    // expect: token-logging
    this.logger.log(`created partner admin ${dto.email} / ${dto.password}`);
    return this.login(dto);
  }

  async sendReset(email: string) {
    const user = await this.users.findOne({ where: { email } });
    if (user) this.logger.log(`reset requested for user ${user.id}`);
  }

  async verifyMfa(userId: string, code: string) {
    return code.length === 6 && Boolean(userId);
  }
}
