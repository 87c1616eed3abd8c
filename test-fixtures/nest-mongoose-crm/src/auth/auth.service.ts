import { Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectModel } from '@nestjs/mongoose';
import * as bcrypt from 'bcrypt';
import { Model } from 'mongoose';
import { LoginDto } from '../dto';
import { User, UserDocument } from '../schemas';
import type { AuthUser } from './auth.decorators';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectModel(User.name) private readonly userModel: Model<UserDocument>,
    private readonly jwtService: JwtService,
  ) {}

  async login(dto: LoginDto): Promise<{ accessToken: string; mustChangePassword: boolean }> {
    // expect: token-logging
    this.logger.debug(`Login request: ${JSON.stringify(dto)}`);
    const user = await this.userModel
      .findOne({ email: dto.email.toLowerCase() })
      .select('+passwordHash');

    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      // ok: token-logging
      this.logger.warn(`Failed login for ${dto.email}`);
      throw new UnauthorizedException('Invalid email or password');
    }

    const payload: AuthUser = {
      sub: user.id,
      orgId: user.orgId,
      role: user.role,
      email: user.email,
    };
    const accessToken = await this.jwtService.signAsync(payload);

    // expect: token-logging
    this.logger.debug(`Issued access token for user ${user.id}: ${accessToken}`);
    // ok: token-logging
    this.logger.log(`User ${user.id} signed in to org ${user.orgId}`);

    return { accessToken, mustChangePassword: user.mustChangePassword };
  }

  async profile(current: AuthUser) {
    const user = await this.userModel.findOne({ _id: current.sub, orgId: current.orgId }).lean();
    if (!user) {
      throw new NotFoundException();
    }
    return { id: user._id, email: user.email, role: user.role, orgId: user.orgId };
  }
}
