import { ForbiddenException, InternalServerErrorException, NotFoundException, UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import GraphQLJSON from 'graphql-type-json';
import { Repository } from 'typeorm';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { Attendee } from '../entities/attendee.entity';

@Resolver(() => Attendee)
export class AttendeesResolver {
  constructor(@InjectRepository(Attendee) private readonly attendees: Repository<Attendee>) {}

  // Guard forgotten on this one: anyone can list an event's attendees.
  // expect: missing-auth
  @Query(() => [Attendee])
  attendeesByEvent(@Args('eventId', { type: () => ID }) eventId: string) {
    return this.attendees.find({ where: { eventId } });
  }

  // ok: missing-auth
  @Query(() => [Attendee])
  @UseGuards(GqlAuthGuard)
  myOrgAttendees(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.attendees.find({ where: { organizationId: user.organizationId }, take: 200 });
  }

  @Mutation(() => Attendee)
  @UseGuards(GqlAuthGuard)
  async checkIn(@Args('attendeeId', { type: () => ID }) attendeeId: string) {
    // expect: unscoped-tenant-query
    const attendee = await this.attendees.findOneBy({ id: attendeeId });
    if (!attendee) throw new NotFoundException();
    attendee.checkedIn = true;
    return this.attendees.save(attendee);
  }

  @Mutation(() => Attendee)
  @UseGuards(GqlAuthGuard)
  async undoCheckIn(@Args('attendeeId', { type: () => ID }) attendeeId: string, @CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    const attendee = await this.attendees.findOneBy({ id: attendeeId });
    if (!attendee || attendee.organizationId !== user.organizationId) throw new ForbiddenException();
    attendee.checkedIn = false;
    return this.attendees.save(attendee);
  }

  // expect: missing-input-validation
  @Mutation(() => Attendee)
  @UseGuards(GqlAuthGuard)
  async updateAttendeeMeta(
    @Args('attendeeId', { type: () => ID }) attendeeId: string,
    @Args('meta', { type: () => GraphQLJSON }) meta: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
  ) {
    // ok: unscoped-tenant-query
    const attendee = await this.attendees.findOne({ where: { id: attendeeId, organizationId: user.organizationId } });
    if (!attendee) throw new NotFoundException();
    attendee.meta = meta;
    try {
      return await this.attendees.save(attendee);
    } catch (err) {
      // expect: error-details-leak
      throw new InternalServerErrorException((err as Error).message);
    }
  }
}
