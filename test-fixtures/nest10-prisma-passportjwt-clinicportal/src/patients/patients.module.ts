import { Module } from '@nestjs/common';
import { PatientsController } from './patients.controller';
import { PatientsService } from './patients.service';
import { DocumentsController, ReferralsController } from './referrals.controller';

@Module({ controllers: [PatientsController, DocumentsController, ReferralsController], providers: [PatientsService] })
export class PatientsModule {}
