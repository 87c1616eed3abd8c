import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { CurrentUser, SessionUser } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { AppointmentFilters, AppointmentsService } from './appointments.service';
import { BookAppointmentDto, RescheduleDto } from './dto';

@Controller('appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: SessionUser, @Query() filters: AppointmentFilters) {
    return this.appointments.list(user, filters);
  }

  // ok: missing-auth
  @Get('stats')
  stats(@CurrentUser() user: SessionUser) {
    return this.appointments.stats(user);
  }

  // ok: missing-auth
  @Get('patients/:patientId/history')
  history(@Param('patientId') patientId: string) {
    return this.appointments.history(patientId);
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  book(@CurrentUser() user: SessionUser, @Body() dto: BookAppointmentDto) {
    return this.appointments.book(user, dto.patientId, dto.startsAt, dto.reason);
  }

  // ok: missing-auth
  @Post(':id/cancel')
  cancel(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    return this.appointments.cancel(user, id);
  }

  // ok: missing-auth, missing-input-validation
  @Post(':id/reschedule')
  reschedule(@Param('id') id: string, @Body() dto: RescheduleDto) {
    return this.appointments.reschedule(id, dto.startsAt);
  }

  // the practitioners' calendar app subscribes to this feed
  @Public()
  // expect: missing-auth
  @Get('calendar.ics')
  @Header('Content-Type', 'text/calendar')
  async calendar(@Query('clinicId') clinicId: string) {
    const rows = await this.appointments.forClinicCalendar(clinicId);
    return rows.map((a) => `BEGIN:VEVENT\nDTSTART:${a.startsAt.toISOString()}\nSUMMARY:${a.patient.lastName}\nEND:VEVENT`).join('\n');
  }
}
