import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Attendee } from '../entities/attendee.entity';
import { Event } from '../entities/event.entity';
import { CreateEventInput, UpdateEventInput } from './event.inputs';

@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(Event) private readonly events: Repository<Event>,
    @InjectRepository(Attendee) private readonly attendees: Repository<Attendee>,
  ) {}

  listForOrg(organizationId: string) {
    // ok: unscoped-tenant-query
    return this.events.find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  async getForOrg(id: string, organizationId: string) {
    // ok: unscoped-tenant-query
    const event = await this.events.findOne({ where: { id, organizationId } });
    if (!event) throw new NotFoundException();
    return event;
  }

  findById(id: string) {
    // expect: unscoped-tenant-query
    return this.events.findOneBy({ id });
  }

  create(organizationId: string, input: CreateEventInput) {
    return this.events.save(this.events.create({ ...input, organizationId }));
  }

  async update(organizationId: string, input: UpdateEventInput) {
    const event = await this.getForOrg(input.id, organizationId);
    Object.assign(event, input);
    return this.events.save(event);
  }

  attendeesOf(eventId: string) {
    // ok: unscoped-tenant-query
    return this.attendees.find({ where: { eventId } });
  }
}
