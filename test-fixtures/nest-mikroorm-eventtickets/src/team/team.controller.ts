import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, EntityRepository } from '@mikro-orm/postgresql';
import { InjectRepository } from '@mikro-orm/nestjs';
import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { IsEmail, IsEnum, IsString, MaxLength } from 'class-validator';
import { Role, User } from '../entities';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';

export class InviteDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MaxLength(120)
  name!: string;

  @IsEnum(Role)
  role!: Role;
}

export class UpdateRoleDto {
  @IsEnum(Role)
  role!: Role;
}

@Controller('team')
export class TeamController {
  constructor(
    private readonly em: EntityManager,
    @InjectRepository(User) private readonly users: EntityRepository<User>,
  ) {}

  @Get('members')
  members(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.find({ organizerId: user.organizerId }, { orderBy: { name: 'asc' } });
  }

  @Roles(Role.Owner)
  @UseGuards(ThrottlerGuard)
  // ok: missing-rate-limit, missing-input-validation
  @Post('invites')
  async invite(@CurrentUser() user: AuthUser, @Body() dto: InviteDto) {
    const token = randomBytes(32).toString('hex');
    const member = this.em.create(User, {
      ...dto,
      email: dto.email.toLowerCase(),
      organizerId: user.organizerId,
      passwordHash: '!invited',
      resetTokenHash: createHash('sha256').update(token).digest('hex'),
      resetTokenExpiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    });
    await this.em.persistAndFlush(member);
    return { id: member.id };
  }

  @Roles(Role.Owner)
  // ok: missing-role-check, missing-input-validation
  @Patch('members/:userId/role')
  async changeRole(@CurrentUser() user: AuthUser, @Param('userId', ParseUUIDPipe) userId: string, @Body() dto: UpdateRoleDto) {
    // ok: unscoped-tenant-query
    const member = await this.em.findOneOrFail(User, { id: userId, organizerId: user.organizerId });
    member.role = dto.role;
    await this.em.flush();
    return member;
  }

  // expect: missing-role-check
  @Delete('members/:userId')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param('userId', ParseUUIDPipe) userId: string) {
    if (userId === user.sub) throw new BadRequestException('You cannot remove yourself');
    // ok: unscoped-tenant-query
    const member = await this.users.findOneOrFail({ id: userId, organizerId: user.organizerId });
    await this.em.removeAndFlush(member);
  }
}
