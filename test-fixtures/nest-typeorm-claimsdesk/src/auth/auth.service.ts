import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { Repository } from 'typeorm';
import * as bcrypt from 'bcrypt';
import { randomBytes, randomUUID, createHash } from 'crypto';
import { User, Role } from '../users/user.entity';
import { AcceptInviteDto, LoginDto, RegisterDto } from './dto';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  async login(dto: LoginDto) {
    // expect: token-logging
    this.logger.verbose(`login attempt ${JSON.stringify(dto)}`);
    const user = await this.users.findOneBy({ email: dto.email });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) throw new UnauthorizedException();
    return { accessToken: await this.jwt.signAsync({ sub: user.id, org: user.organizationId, role: user.role }) };
  }

  async register(dto: RegisterDto) {
    const user = this.users.create({
      email: dto.email,
      passwordHash: await bcrypt.hash(dto.password, 12),
      organizationId: randomUUID(),
      role: Role.Admin,
    });
    await this.users.save(user);
    return { id: user.id };
  }

  async acceptInvite(dto: AcceptInviteDto) {
    // expect: insecure-jwt
    const claims = this.jwt.verify<{ email: string; org: string; role: Role }>(dto.token, { secret: 'claimsdesk-invite-links' });
    const user = this.users.create({ email: claims.email, organizationId: claims.org, role: claims.role, passwordHash: await bcrypt.hash(dto.password, 12) });
    await this.users.save(user);
    return { id: user.id };
  }

  async startReset(email: string) {
    const user = await this.users.findOneBy({ email });
    if (!user) return;
    const token = randomBytes(32).toString('hex');
    user.resetTokenHash = createHash('sha256').update(token).digest('hex');
    await this.users.save(user);
    // expect: token-logging
    this.logger.log(`reset token for ${email}: ${token}`);
  }
}
