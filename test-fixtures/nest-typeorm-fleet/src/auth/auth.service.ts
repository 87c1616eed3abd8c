import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'crypto';
import { MoreThan, Repository } from 'typeorm';
import { User } from '../entities';

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string) {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      // ok: token-logging
      this.logger.warn(`failed login for ${email}`);
      throw new UnauthorizedException();
    }
    return this.issue(user);
  }

  async register(input: { email: string; password: string; companyId: string; role?: string }) {
    const passwordHash = await bcrypt.hash(input.password, 12);
    const user = this.users.create({ ...input, passwordHash });
    await this.users.save(user);
    return this.issue(user);
  }

  async requestReset(email: string) {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!user) return;
    const resetToken = randomBytes(32).toString('hex');
    await this.users.update(user.id, { resetTokenHash: sha256(resetToken), resetTokenExpiresAt: new Date(Date.now() + 30 * 60_000) });
    const link = `${process.env.APP_URL}/reset-password?token=${resetToken}`;
    // expect: token-logging
    this.logger.log(`password reset requested for ${email}: ${link}`);
    // ok: token-logging
    this.logger.log(`password reset mail queued for user ${user.id}`);
  }

  async resetPassword(token: string, password: string) {
    const user = await this.users.findOne({ where: { resetTokenHash: sha256(token), resetTokenExpiresAt: MoreThan(new Date()) } });
    if (!user) throw new UnauthorizedException('Reset link expired');
    await this.users.update(user.id, { passwordHash: await bcrypt.hash(password, 12), resetTokenHash: null, resetTokenExpiresAt: null });
  }

  async rotate(refreshToken: string | undefined) {
    if (!refreshToken) throw new UnauthorizedException();
    const payload = await this.jwt.verifyAsync<{ sub: string }>(refreshToken, { secret: process.env.JWT_REFRESH_SECRET, algorithms: ['HS256'] });
    const user = await this.users.findOneByOrFail({ id: payload.sub });
    return this.issue(user);
  }

  async sendMagicLink(email: string) {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!user) return;
    // magic links get their own key so a leaked one cannot mint sessions; but this one is in the source
    // expect: insecure-jwt
    const token = await this.jwt.signAsync({ sub: user.id, purpose: 'magic' }, { secret: 'fleet-magic-links', expiresIn: '10m' });
    // ok: token-logging
    this.logger.verbose(`magic link issued for ${user.id} (${token.length} chars)`);
  }

  async verifyOtp(challengeId: string, code: string) {
    const user = await this.users.findOneBy({ id: challengeId });
    if (!user || sha256(code) !== user.resetTokenHash) throw new UnauthorizedException();
    return this.issue(user);
  }

  async profile(userId: string) {
    const user = await this.users.findOneByOrFail({ id: userId });
    return { id: user.id, email: user.email, role: user.role, companyId: user.companyId };
  }

  private async issue(user: User) {
    const accessToken = await this.jwt.signAsync({ sub: user.id, cid: user.companyId, role: user.role, email: user.email });
    // ok: insecure-jwt
    const refreshToken = await this.jwt.signAsync({ sub: user.id }, { secret: process.env.JWT_REFRESH_SECRET, expiresIn: '30d' });
    return { accessToken, refreshToken };
  }
}
