import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Ticket } from '../entities/ticket.entity';

@Injectable()
export class TicketsService {
  constructor(@InjectRepository(Ticket) private readonly tickets: Repository<Ticket>) {}

  list(accountId: string) {
    // ok: unscoped-tenant-query
    return this.tickets.find({ where: { accountId }, order: { id: 'DESC' } });
  }

  get(id: string) {
    // expect: unscoped-tenant-query
    return this.tickets.findOneBy({ id });
  }

  getScoped(id: string, accountId: string) {
    // ok: unscoped-tenant-query
    return this.tickets.findOne({ where: { id, accountId } });
  }

  close(id: string) {
    // expect: unscoped-tenant-query
    return this.tickets.update(id, { status: 'closed' });
  }

  search(accountId: string, q: string) {
    // ok: unscoped-tenant-query
    return this.tickets.createQueryBuilder('t').where('t.accountId = :accountId', { accountId }).andWhere('t.subject ILIKE :q', { q: `%${q}%` }).getMany();
  }

  byIds(ids: string[]) {
    // expect: unscoped-tenant-query
    return this.tickets.createQueryBuilder('t').where('t.id IN (:...ids)', { ids }).getMany();
  }
}
