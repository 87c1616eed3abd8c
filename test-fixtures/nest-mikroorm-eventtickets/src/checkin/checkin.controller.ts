import { EntityManager, EntityRepository } from '@mikro-orm/postgresql';
import { InjectRepository } from '@mikro-orm/nestjs';
import { Body, ConflictException, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { Role, Ticket } from '../entities';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';

export class ScanDto {
  @IsString()
  @Length(16, 16)
  code!: string;
}

@Controller('checkin')
@Roles(Role.Owner, Role.Manager, Role.Staff, Role.Scanner)
export class CheckinController {
  constructor(
    private readonly em: EntityManager,
    @InjectRepository(Ticket) private readonly tickets: EntityRepository<Ticket>,
  ) {}

  @Post('scan')
  async scan(@CurrentUser() user: AuthUser, @Body() dto: ScanDto) {
    // ok: unscoped-tenant-query
    const ticket = await this.em.findOne(Ticket, { code: dto.code, organizerId: user.organizerId }, { populate: ['ticketType'] });
    if (!ticket) throw new NotFoundException('Unknown ticket');
    if (ticket.checkedInAt) throw new ConflictException(`Already checked in at ${ticket.checkedInAt.toISOString()}`);
    ticket.checkedInAt = new Date();
    await this.em.flush();
    return { holderName: ticket.holderName, ticketType: ticket.ticketType.name };
  }

  // door tally shown on the scanner app
  @Get('events/:eventId/arrivals')
  async arrivals(@Param('eventId', ParseUUIDPipe) eventId: string) {
    // expect: unscoped-tenant-query
    const all = await this.tickets.findAll({ populate: ['ticketType', 'order'] });
    const forEvent = all.filter((t) => t.order.event.id === eventId);
    return {
      total: forEvent.length,
      arrived: forEvent.filter((t) => t.checkedInAt).map((t) => ({ holderName: t.holderName, at: t.checkedInAt })),
    };
  }
}
