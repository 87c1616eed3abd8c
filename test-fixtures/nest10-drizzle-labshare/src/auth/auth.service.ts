import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'crypto';
import { and, eq, gt } from 'drizzle-orm';
import { DRIZZLE, Database } from '../db/drizzle.module';
import { organizations, passwordResets, users } from '../db/schema';
import { LoginDto, RegisterDto } from './dto';
import { MailService } from '../mail/mail.service';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(DRIZZLE) private readonly db: Database,
    private readonly jwt: JwtService,
    private readonly mail: MailService,
  ) {}

  async login(dto: LoginDto) {
    // expect: token-logging
    this.logger.log(`login attempt for ${dto.email} with ${dto.password}`);
    const [user] = await this.db.select().from(users).where(eq(users.email, dto.email)).limit(1);
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      throw new UnauthorizedException('Invalid credentials');
    }
    return this.issueTokens(user.id, user.organizationId, user.role, user.email);
  }

  async register(dto: RegisterDto) {
    const passwordHash = await bcrypt.hash(dto.password, 12);
    return this.db.transaction(async (tx) => {
      const [org] = await tx.insert(organizations).values({ name: dto.organizationName }).returning();
      const [user] = await tx
        .insert(users)
        .values({ email: dto.email, passwordHash, organizationId: org.id, role: 'admin' })
        .returning();
      return this.issueTokens(user.id, org.id, user.role, user.email);
    });
  }

  async issueTokens(sub: string, org: string, role: string, email: string) {
    const accessToken = await this.jwt.signAsync({ sub, org, role, email });
    const refreshToken = await this.jwt.signAsync({ sub, kind: 'refresh' }, { expiresIn: '14d' });
    // ok: token-logging
    this.logger.log(`issued tokens for ${sub}`);
    return { accessToken, refreshToken };
  }

  async refresh(refreshToken: string) {
    const claims = await this.jwt.verifyAsync<{ sub: string; kind: string }>(refreshToken);
    if (claims.kind !== 'refresh') throw new UnauthorizedException();
    const [user] = await this.db.select().from(users).where(eq(users.id, claims.sub));
    if (!user) throw new UnauthorizedException();
    return this.issueTokens(user.id, user.organizationId, user.role, user.email);
  }

  async requestReset(email: string) {
    const [user] = await this.db.select().from(users).where(eq(users.email, email));
    if (!user) return;
    const token = randomBytes(32).toString('hex');
    await this.db.insert(passwordResets).values({
      userId: user.id,
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + 30 * 60_000),
    });
    await this.mail.sendReset(user.email, token);
  }

  async resetPassword(token: string, password: string) {
    const tokenHash = createHash('sha256').update(token).digest('hex');
    const [reset] = await this.db
      .select()
      .from(passwordResets)
      .where(and(eq(passwordResets.tokenHash, tokenHash), gt(passwordResets.expiresAt, new Date())));
    if (!reset) throw new UnauthorizedException('Reset link expired');
    await this.db.update(users).set({ passwordHash: await bcrypt.hash(password, 12) }).where(eq(users.id, reset.userId));
    await this.db.delete(passwordResets).where(eq(passwordResets.id, reset.id));
  }
}
