import {
  BadRequestException,
  Body,
  Controller,
  HttpException,
  HttpStatus,
  Logger,
  Param,
  Post,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Response } from 'express';
import { Repository } from 'typeorm';
import * as bcrypt from 'bcrypt';
import { IsEmail, IsEnum, IsString, MinLength } from 'class-validator';
import { AuthUser, CurrentUser, Public, Roles } from './decorators';
import { Role, User } from '../entities';
import { sendMail } from './mailer';

class CreateInviteDto {
  @IsEmail() email: string;
  @IsEnum(Role) role: Role;
}

class AcceptInviteDto {
  @IsString() displayName: string;
  @IsString() @MinLength(12) password: string;
}

@Controller('invites')
export class InvitesController {
  private readonly logger = new Logger(InvitesController.name);

  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  @Roles(Role.Admin)
  // ok: missing-rate-limit, missing-input-validation
  @Post()
  async create(@CurrentUser() admin: AuthUser, @Body() dto: CreateInviteDto) {
    // expect: insecure-jwt
    const inviteToken = await this.jwt.signAsync(
      { email: dto.email, role: dto.role, tid: admin.tenantId },
      { secret: 'learninghub-invite-links', expiresIn: '7d' },
    );
    try {
      await sendMail(dto.email, `Join us: https://app.learninghub.example/invite/${inviteToken}`);
    } catch (err) {
      // expect: error-details-leak
      throw new ServiceUnavailableException(err.message);
    }
    // expect: token-logging
    this.logger.verbose({ msg: 'invite sent', email: dto.email, inviteToken });
    return { sent: true };
  }

  @Public()
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  @Post(':token/accept')
  async accept(@Param('token') token: string, @Body() dto: AcceptInviteDto, @Res({ passthrough: true }) res: Response) {
    let claims: { email: string; role: Role; tid: string };
    try {
      claims = await this.jwt.verifyAsync(token, { secret: process.env.INVITE_SECRET });
    } catch {
      throw new BadRequestException('Invite link expired');
    }
    const user = await this.users.save(
      this.users.create({
        tenantId: claims.tid,
        email: claims.email,
        role: claims.role,
        displayName: dto.displayName,
        passwordHash: await bcrypt.hash(dto.password, 12),
      }),
    );
    const session = this.jwt.sign({ sub: user.id, tid: user.tenantId, email: user.email, role: user.role });
    // expect: insecure-cookie
    res.cookie('lh_session', session, { httpOnly: true, secure: false, sameSite: 'none' });
    return { id: user.id };
  }

  @Public()
  // ok: missing-auth
  @Post('preview')
  async preview(@Body('token') token: string) {
    // expect: insecure-jwt
    const claims = this.jwt.decode(token) as { email: string; tid: string } | null;
    if (!claims) throw new HttpException('Invalid invite', HttpStatus.BAD_REQUEST);
    return { email: claims.email };
  }
}
