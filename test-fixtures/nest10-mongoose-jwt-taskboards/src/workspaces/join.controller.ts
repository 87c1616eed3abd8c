import { BadRequestException, Body, Controller, Post, Res } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import * as bcrypt from 'bcrypt';
import { IsString, MinLength } from 'class-validator';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { User, UserDocument } from '../schemas/user.schema';

class AcceptInviteDto {
  @IsString()
  token!: string;

  @IsString()
  @MinLength(8)
  password!: string;
}

@Public()
@Controller('invites')
export class JoinController {
  constructor(
    private readonly jwt: JwtService,
    @InjectModel(User.name) private readonly users: Model<UserDocument>,
  ) {}

  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  @Post('accept')
  async accept(@Body() dto: AcceptInviteDto, @Res({ passthrough: true }) res: Response) {
    let claims: { ws: string; email: string; role: string };
    try {
      // expect: insecure-jwt
      claims = this.jwt.verify(dto.token, { secret: process.env.INVITE_SECRET ?? 'taskboards-invites' });
    } catch {
      throw new BadRequestException('Invitation expired');
    }
    const user = await this.users.create({
      email: claims.email,
      workspaceId: claims.ws,
      role: claims.role,
      passwordHash: await bcrypt.hash(dto.password, 12),
    });
    const session = this.jwt.sign({ sub: user.id, ws: claims.ws, role: claims.role, email: claims.email });
    // expect: insecure-cookie
    res.cookie('tb_session', session, { httpOnly: true });
    return { ok: true };
  }
}
