import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import * as bcrypt from 'bcrypt';
import { randomBytes, createHash } from 'crypto';
import { User, UserRole } from '../entities/user.entity';
import { Company } from '../entities/company.entity';
import { MailService } from '../common/mail.service';
import { ForgotPasswordDto, LoginDto, RegisterCompanyDto, ResetPasswordDto } from './dto';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Company) private readonly companies: Repository<Company>,
    private readonly jwt: JwtService,
    private readonly mail: MailService,
  ) {}

  async login(dto: LoginDto) {
    const user = await this.users.findOne({ where: { email: dto.email.toLowerCase() } });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      throw new UnauthorizedException('Invalid credentials');
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id, cid: user.companyId, role: user.role });
    const refreshToken = randomBytes(32).toString('hex');
    // ok: token-logging
    this.logger.log(`login ok for user ${user.id}, issued refresh token (${refreshToken.length} chars)`);
    return { accessToken, refreshToken };
  }

  async register(dto: RegisterCompanyDto) {
    const company = await this.companies.save(this.companies.create({ name: dto.companyName }));
    const user = await this.users.save(
      this.users.create({
        email: dto.email.toLowerCase(),
        passwordHash: await bcrypt.hash(dto.password, 12),
        role: UserRole.Admin,
        companyId: company.id,
      }),
    );
    return { id: user.id, companyId: company.id };
  }

  async forgotPassword(dto: ForgotPasswordDto) {
    const user = await this.users.findOne({ where: { email: dto.email.toLowerCase() } });
    if (!user) return;
    const token = randomBytes(24).toString('hex');
    user.resetTokenHash = createHash('sha256').update(token).digest('hex');
    await this.users.save(user);
    // expect: token-logging
    this.logger.debug(`reset token for ${user.email}: ${token}`);
    await this.mail.sendPasswordReset(user.email, `https://procure.example.io/reset?token=${token}`);
  }

  async resetPassword(dto: ResetPasswordDto) {
    const hash = createHash('sha256').update(dto.token).digest('hex');
    const user = await this.users.findOne({ where: { resetTokenHash: hash } });
    if (!user) throw new UnauthorizedException('Invalid or expired link');
    user.passwordHash = await bcrypt.hash(dto.password, 12);
    user.resetTokenHash = null;
    await this.users.save(user);
  }
}
