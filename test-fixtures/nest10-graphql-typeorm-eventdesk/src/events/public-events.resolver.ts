import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AdminOnly } from '../auth/admin-only.decorator';
import { Event } from '../entities/event.entity';

@Resolver(() => Event)
export class PublicEventsResolver {
  constructor(@InjectRepository(Event) private readonly events: Repository<Event>) {}

  // The public listing page: published events only.
  // ok: missing-auth
  @Query(() => [Event], { name: 'publishedEvents' })
  listPublished() {
    return this.events.find({ where: { published: true }, order: { createdAt: 'DESC' }, take: 50 });
  }

  // Forgot the published filter: drafts of any organization by id.
  // expect: missing-auth
  @Query(() => Event, { name: 'publicEvent', nullable: true })
  getPublic(@Args('id', { type: () => ID }) id: string) {
    return this.events.findOne({ where: { id } });
  }

  // Platform-wide moderation view.
  // ok: missing-role-check, missing-auth
  @Query(() => [Event], { name: 'allEventsForModeration' })
  @AdminOnly()
  allForModeration() {
    // Role.Admin is an organization's own admin here: this still lists every tenant's events.
    // expect: unscoped-tenant-query
    return this.events.find({ order: { createdAt: 'DESC' }, take: 500 });
  }
}
