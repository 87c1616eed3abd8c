import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import * as bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'node:crypto';
import { User, UserDocument } from '../schemas/user.schema';
import { LoginDto, RegisterDto } from './dto';

@Injectable()
export class AuthService {
  constructor(
    @InjectModel(User.name) private readonly users: Model<UserDocument>,
    private readonly jwt: JwtService,
  ) {}

  async login(dto: LoginDto) {
    const user = await this.users.findOne({ email: dto.email.toLowerCase() }).select('+passwordHash');
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      throw new UnauthorizedException('Invalid credentials');
    }
    return this.issue(user);
  }

  async register(dto: RegisterDto) {
    const user = await this.users.create({
      email: dto.email.toLowerCase(),
      passwordHash: await bcrypt.hash(dto.password, 12),
      role: 'owner',
      workspaceName: dto.workspaceName,
    });
    return this.issue(user);
  }

  async startReset(email: string) {
    const token = randomBytes(32).toString('hex');
    await this.users.updateOne(
      { email: email.toLowerCase() },
      { resetTokenHash: createHash('sha256').update(token).digest('hex'), resetExpires: new Date(Date.now() + 3600_000) },
    );
    return token;
  }

  async finishReset(token: string, password: string) {
    const hash = createHash('sha256').update(token).digest('hex');
    const user = await this.users.findOne({ resetTokenHash: hash, resetExpires: { $gt: new Date() } });
    if (!user) throw new UnauthorizedException('Invalid or expired token');
    user.passwordHash = await bcrypt.hash(password, 12);
    user.resetTokenHash = undefined;
    await user.save();
  }

  private issue(user: UserDocument) {
    const payload = { sub: user.id, ws: String(user.workspaceId), role: user.role, email: user.email };
    return {
      accessToken: this.jwt.sign(payload),
      refreshToken: this.jwt.sign({ sub: user.id, kind: 'refresh' }, { expiresIn: '30d' }),
    };
  }
}
