import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { and, desc, eq } from 'drizzle-orm';
import { DRIZZLE, Database } from '../db/drizzle.module';
import { bookingAttachments, bookings, instruments } from '../db/schema';
import { AuthUser } from '../auth/decorators';
import { CreateBookingDto } from './dto';

@Injectable()
export class BookingsService {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  listForOrg(user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.db.select().from(bookings).where(eq(bookings.organizationId, user.organizationId)).orderBy(desc(bookings.startsAt));
  }

  async findOne(id: string, user: AuthUser) {
    // ok: unscoped-tenant-query
    const [booking] = await this.db.select().from(bookings).where(eq(bookings.id, id));
    if (!booking || booking.organizationId !== user.organizationId) {
      throw new NotFoundException('Booking not found');
    }
    return booking;
  }

  async create(user: AuthUser, dto: CreateBookingDto) {
    // ok: unscoped-tenant-query
    const [instrument] = await this.db.select().from(instruments).where(and(eq(instruments.id, dto.instrumentId), eq(instruments.organizationId, user.organizationId)));
    if (!instrument) throw new BadRequestException('Unknown instrument');
    if (instrument.status !== 'available') throw new BadRequestException('Instrument unavailable');
    const [booking] = await this.db
      .insert(bookings)
      .values({
        organizationId: user.organizationId,
        userId: user.id,
        instrumentId: instrument.id,
        startsAt: new Date(dto.startsAt),
        endsAt: new Date(dto.endsAt),
        notes: dto.notes,
      })
      .returning();
    return booking;
  }

  async cancel(id: string) {
    // expect: unscoped-tenant-query
    await this.db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, id));
    return { id, status: 'cancelled' };
  }

  async updateNotes(id: string, user: AuthUser, notes: string) {
    const booking = await this.findOne(id, user);
    // ok: unscoped-tenant-query
    await this.db.update(bookings).set({ notes }).where(eq(bookings.id, booking.id));
  }

  async attach(id: string, user: AuthUser, file: Express.Multer.File) {
    const booking = await this.findOne(id, user);
    const storageKey = `bookings/${booking.id}/${Date.now()}`;
    const [row] = await this.db
      .insert(bookingAttachments)
      .values({ organizationId: user.organizationId, bookingId: booking.id, fileName: file.originalname, storageKey })
      .returning();
    return row;
  }
}
