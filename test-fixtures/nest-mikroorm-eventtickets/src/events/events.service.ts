import { EntityManager, EntityRepository } from '@mikro-orm/postgresql';
import { InjectRepository } from '@mikro-orm/nestjs';
import { Injectable, NotFoundException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Event, EventStatus, Order, OrderStatus, Ticket, TicketType } from '../entities';
import { CreateEventDto, UpdateEventDto } from './dto';

@Injectable()
export class EventsService {
  constructor(
    private readonly em: EntityManager,
    @InjectRepository(Event) private readonly events: EntityRepository<Event>,
  ) {}

  list(organizerId: string, status?: EventStatus) {
    // ok: unscoped-tenant-query
    return this.events.find({ organizerId, ...(status ? { status } : {}) }, { orderBy: { startsAt: 'asc' } });
  }

  get(organizerId: string, id: string) {
    // ok: unscoped-tenant-query
    return this.em.findOneOrFail(Event, { id, organizerId }, { populate: ['ticketTypes'] });
  }

  async create(organizerId: string, dto: CreateEventDto) {
    const slug = `${dto.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomBytes(3).toString('hex')}`;
    const event = this.em.create(Event, { ...dto, slug, organizerId });
    await this.em.persistAndFlush(event);
    return event;
  }

  async update(organizerId: string, id: string, dto: UpdateEventDto) {
    // ok: unscoped-tenant-query
    const event = await this.events.findOne(id);
    if (!event || event.organizerId !== organizerId) throw new NotFoundException();
    this.em.assign(event, dto);
    await this.em.flush();
    return event;
  }

  async publish(id: string) {
    // expect: unscoped-tenant-query
    const updated = await this.em.nativeUpdate(Event, { id, status: EventStatus.Draft }, { status: EventStatus.Published });
    if (!updated) throw new NotFoundException();
  }

  async remove(organizerId: string, id: string) {
    // ok: unscoped-tenant-query
    const event = await this.em.findOneOrFail(Event, { id, organizerId });
    await this.em.removeAndFlush(event);
  }

  async setBanner(organizerId: string, id: string, path: string) {
    // ok: unscoped-tenant-query
    const event = await this.em.findOne(Event, { id, organizerId });
    if (!event) throw new NotFoundException();
    event.bannerPath = path;
    await this.em.flush();
    return event;
  }

  /** Comp tickets for guest lists: one line per guest, "name,email,ticket type name". */
  async importGuests(organizerId: string, eventId: string, csv: string) {
    // ok: unscoped-tenant-query
    const event = await this.em.findOneOrFail(Event, { id: eventId, organizerId }, { populate: ['ticketTypes'] });
    const rows = csv.split(/\r?\n/).filter(Boolean).map((line) => line.split(','));
    for (const [name, email, typeName] of rows) {
      const ticketType = event.ticketTypes.getItems().find((t) => t.name === typeName) as TicketType;
      const order = this.em.create(Order, {
        organizerId,
        event,
        buyerEmail: email,
        buyerName: name,
        totalCents: 0,
        status: OrderStatus.Comp,
      });
      this.em.create(Ticket, { organizerId, order, ticketType, holderName: name, code: randomBytes(8).toString('hex') });
    }
    await this.em.flush();
    return { imported: rows.length };
  }
}
