import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Repository } from 'typeorm';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { Event } from '../entities/event.entity';

@ArgsType()
export class EventSearchArgs {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  take = 20;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  skip?: number;
}

@Resolver(() => Event)
@UseGuards(GqlAuthGuard)
export class EventSearchResolver {
  constructor(@InjectRepository(Event) private readonly events: Repository<Event>) {}

  // The organization comes from the client's arguments, not from the token.
  @Query(() => [Event])
  searchEvents(@Args() args: EventSearchArgs) {
    // expect: unscoped-tenant-query
    return this.events.find({ where: { organizationId: args.organizationId }, take: args.take, skip: args.skip });
  }

  @Query(() => [Event])
  upcomingEvents(@Context() ctx: { req: { user: { organizationId: string } } }) {
    // ok: unscoped-tenant-query
    return this.events.find({ where: { organizationId: ctx.req.user.organizationId }, take: 20 });
  }
}
