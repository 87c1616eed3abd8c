import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { Attendee } from '../entities/attendee.entity';
import { Event } from '../entities/event.entity';
import { CreateEventInput, UpdateEventInput } from './event.inputs';
import { EventsService } from './events.service';

@Resolver(() => Event)
@UseGuards(GqlAuthGuard)
export class EventsResolver {
  constructor(private readonly eventsService: EventsService) {}

  // ok: missing-auth
  @Query(() => [Event])
  events(@CurrentUser() user: AuthUser) {
    return this.eventsService.listForOrg(user.organizationId);
  }

  @Query(() => Event)
  event(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser) {
    return this.eventsService.getForOrg(id, user.organizationId);
  }

  // "Quick look" used by the dashboard's hover cards.
  @Query(() => Event, { nullable: true })
  eventPreview(@Args('id', { type: () => ID }) id: string) {
    return this.eventsService.findById(id);
  }

  // ok: missing-input-validation
  @Mutation(() => Event)
  createEvent(@Args('input') input: CreateEventInput, @CurrentUser() user: AuthUser) {
    return this.eventsService.create(user.organizationId, input);
  }

  // ok: missing-input-validation
  @Mutation(() => Event)
  updateEvent(@Args('input') input: UpdateEventInput, @CurrentUser() user: AuthUser) {
    return this.eventsService.update(user.organizationId, input);
  }

  @ResolveField(() => [Attendee])
  // ok: unscoped-tenant-query
  attendees(@Parent() event: Event) {
    return this.eventsService.attendeesOf(event.id);
  }
}
