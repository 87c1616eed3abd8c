import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, EntityRepository } from '@mikro-orm/postgresql';
import { InjectRepository } from '@mikro-orm/nestjs';
import { BadRequestException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { Organizer, RefreshToken, Role, User } from '../entities';
import { AuthUser } from './decorators';
import { LoginDto, ResetPasswordDto, SignupDto } from './dto';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: EntityRepository<User>,
  ) {}

  async signup(dto: SignupDto) {
    const organizer = this.em.create(Organizer, { name: dto.organizerName, slug: this.slugify(dto.organizerName) });
    const user = this.em.create(User, {
      email: dto.email.toLowerCase(),
      name: dto.name,
      passwordHash: await bcrypt.hash(dto.password, 12),
      role: Role.Owner,
      organizerId: organizer.id,
    });
    await this.em.persistAndFlush([organizer, user]);
    return this.issueTokens(user);
  }

  async login(dto: LoginDto) {
    // ok: unscoped-tenant-query
    const user = await this.users.findOne({ email: dto.email.toLowerCase() });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      // ok: token-logging
      this.logger.warn(`failed login for ${dto.email}`);
      throw new UnauthorizedException('Invalid email or password');
    }
    const tokens = await this.issueTokens(user);
    // expect: token-logging
    this.logger.debug(`login ok for ${user.id}, refresh token ${tokens.refreshToken}`);
    return tokens;
  }

  async refresh(refreshToken: string | undefined) {
    if (!refreshToken) throw new UnauthorizedException();
    const stored = await this.em.findOne(
      RefreshToken,
      { tokenHash: sha256(refreshToken), revokedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user'] },
    );
    if (!stored) throw new UnauthorizedException();
    stored.revokedAt = new Date();
    await this.em.flush();
    return this.issueTokens(stored.user);
  }

  async logout(userId: string) {
    await this.em.nativeUpdate(RefreshToken, { user: userId, revokedAt: null }, { revokedAt: new Date() });
  }

  async requestPasswordReset(email: string) {
    const user = await this.users.findOne({ email: email.toLowerCase() });
    if (!user) return;
    const token = randomBytes(32).toString('hex');
    user.resetTokenHash = sha256(token);
    user.resetTokenExpiresAt = new Date(Date.now() + 3600 * 1000);
    await this.em.flush();
    // TODO: hand to the mailer queue
    this.logger.log(`password reset requested for user ${user.id}`);
  }

  async resetPassword(dto: ResetPasswordDto) {
    const user = await this.users.findOne({ resetTokenHash: sha256(dto.token), resetTokenExpiresAt: { $gt: new Date() } });
    if (!user) throw new BadRequestException('This link is invalid or has expired');
    user.passwordHash = await bcrypt.hash(dto.password, 12);
    user.resetTokenHash = undefined;
    await this.em.flush();
  }

  async requestMagicLink(email: string) {
    const user = await this.users.findOne({ email: email.toLowerCase() });
    if (!user) return;
    const token = randomBytes(32).toString('base64url');
    user.magicLinkHash = sha256(token);
    await this.em.flush();
  }

  async redeemMagicLink(token: string) {
    const user = await this.users.findOneOrFail({ magicLinkHash: sha256(token) }, { failHandler: () => new UnauthorizedException() });
    user.magicLinkHash = undefined;
    await this.em.flush();
    return this.issueTokens(user);
  }

  private async issueTokens(user: User) {
    const payload: AuthUser = { sub: user.id, organizerId: user.organizerId, role: user.role, email: user.email };
    const accessToken = await this.jwt.signAsync(payload);
    const refreshToken = randomBytes(48).toString('base64url');
    this.em.create(RefreshToken, { user, tokenHash: sha256(refreshToken), expiresAt: new Date(Date.now() + REFRESH_TTL_MS) });
    await this.em.flush();
    return { accessToken, refreshToken };
  }

  private slugify(name: string) {
    return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomBytes(3).toString('hex')}`;
  }
}
