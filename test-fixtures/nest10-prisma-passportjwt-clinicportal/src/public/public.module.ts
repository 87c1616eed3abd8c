import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { PublicController } from './public.controller';

@Module({ imports: [AppointmentsModule], controllers: [PublicController] })
export class PublicModule {}
