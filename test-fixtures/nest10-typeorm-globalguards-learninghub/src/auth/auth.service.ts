import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { Repository } from 'typeorm';
import * as bcrypt from 'bcrypt';
import { randomBytes, createHash } from 'crypto';
import { Role, Tenant, User } from '../entities';
import { AuthUser } from './decorators';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    private readonly jwt: JwtService,
  ) {}

  async validateCredentials(email: string, password: string): Promise<AuthUser | null> {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) return null;
    return { id: user.id, tenantId: user.tenantId, email: user.email, role: user.role };
  }

  issueTokens(user: AuthUser) {
    const payload = { sub: user.id, tid: user.tenantId, email: user.email, role: user.role };
    const accessToken = this.jwt.sign(payload);
    const refreshToken = this.jwt.sign({ sub: user.id, typ: 'refresh' }, { expiresIn: '30d' });
    // ok: token-logging
    this.logger.log(`issued tokens for user ${user.id}`);
    return { accessToken, refreshToken };
  }

  async signup(input: { organization: string; email: string; password: string; displayName: string }) {
    const tenant = await this.tenants.save(this.tenants.create({ name: input.organization }));
    const user = await this.users.save(
      this.users.create({
        tenantId: tenant.id,
        email: input.email.toLowerCase(),
        displayName: input.displayName,
        passwordHash: await bcrypt.hash(input.password, 12),
        role: Role.Admin,
      }),
    );
    return this.issueTokens({ id: user.id, tenantId: tenant.id, email: user.email, role: user.role });
  }

  async requestPasswordReset(email: string) {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!user) return;
    const token = randomBytes(32).toString('hex');
    user.resetTokenHash = createHash('sha256').update(token).digest('hex');
    await this.users.save(user);
    // expect: token-logging
    this.logger.log(`password reset for ${email}: /reset?token=${token}`);
  }

  async resetPassword(token: string, password: string) {
    const hash = createHash('sha256').update(token).digest('hex');
    const user = await this.users.findOne({ where: { resetTokenHash: hash } });
    if (!user) return false;
    user.passwordHash = await bcrypt.hash(password, 12);
    user.resetTokenHash = null;
    await this.users.save(user);
    return true;
  }

  async refresh(refreshToken: string) {
    // expect: insecure-jwt
    const claims = this.jwt.verify<{ sub: string }>(refreshToken, { ignoreExpiration: true });
    const user = await this.users.findOneByOrFail({ id: claims.sub });
    return this.issueTokens({ id: user.id, tenantId: user.tenantId, email: user.email, role: user.role });
  }
}
