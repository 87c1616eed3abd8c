import { Logger, UnauthorizedException, UseGuards } from '@nestjs/common';
import { Args, Field, InputType, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as bcrypt from 'bcrypt';
import { IsEmail, MinLength } from 'class-validator';
import { Repository } from 'typeorm';
import { User } from '../entities/user.entity';
import { GqlThrottlerGuard } from './gql-throttler.guard';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail()
  email: string;

  @Field()
  @MinLength(8)
  password: string;
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken: string;
}

@Resolver()
export class AuthResolver {
  private readonly logger = new Logger(AuthResolver.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  // expect: missing-rate-limit
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    const user = await this.users.findOne({ where: { email: input.email } });
    if (!user || !(await bcrypt.compare(input.password, user.passwordHash))) {
      // expect: token-logging
      this.logger.warn(`failed login for ${input.email} with password ${input.password}`);
      throw new UnauthorizedException();
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id, org: user.organizationId, role: user.role });
    return { accessToken };
  }

  // ok: missing-rate-limit, missing-auth
  @Mutation(() => Boolean)
  @UseGuards(GqlThrottlerGuard)
  async requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    const user = await this.users.findOne({ where: { email } });
    if (user) {
      const token = await this.jwt.signAsync({ sub: user.id, purpose: 'reset' }, { expiresIn: '30m' });
      // expect: token-logging
      this.logger.log(`reset link for ${email}: /reset?token=${token}`);
    }
    return true;
  }
}
