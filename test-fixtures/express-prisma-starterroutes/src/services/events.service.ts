import { PrismaClient } from '@prisma/client';
import { CreateEventDto } from '../dtos/events.dto';

export class EventService {
  public events = new PrismaClient().event;

  public async findAll() {
    return this.events.findMany({ orderBy: { startsAt: 'asc' } });
  }

  public async findById(id: number) {
    return this.events.findUnique({ where: { id } });
  }

  public async create(data: CreateEventDto) {
    return this.events.create({ data: { title: data.title, startsAt: new Date(data.startsAt) } });
  }
}
