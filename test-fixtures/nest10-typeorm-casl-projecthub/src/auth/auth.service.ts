import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import * as bcrypt from 'bcrypt';
import { randomBytes } from 'node:crypto';
import { User, Workspace } from '../entities';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Workspace) private readonly workspaces: Repository<Workspace>,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string) {
    const user = await this.users.findOneBy({ email: email.toLowerCase() });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      // ok: token-logging
      this.logger.warn(`failed login for ${email}`);
      throw new UnauthorizedException('invalid credentials');
    }
    return { accessToken: await this.jwt.signAsync({ sub: user.id, email: user.email, ws: user.workspaceId, role: user.role }) };
  }

  async register(email: string, password: string, workspaceName: string) {
    const workspace = await this.workspaces.save(this.workspaces.create({ name: workspaceName }));
    const passwordHash = await bcrypt.hash(password, 12);
    const user = await this.users.save(this.users.create({ email: email.toLowerCase(), passwordHash, workspaceId: workspace.id, role: 'owner' }));
    return { accessToken: await this.jwt.signAsync({ sub: user.id, email: user.email, ws: workspace.id, role: user.role }) };
  }

  async startPasswordReset(email: string) {
    const user = await this.users.findOneBy({ email: email.toLowerCase() });
    if (!user) return;
    const resetToken = randomBytes(32).toString('hex');
    // expect: token-logging
    this.logger.log(`password reset requested for ${user.email}, token=${resetToken}`);
  }
}
