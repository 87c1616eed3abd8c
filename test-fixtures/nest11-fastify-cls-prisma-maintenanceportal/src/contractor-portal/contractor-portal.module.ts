import { Module } from '@nestjs/common';
import { ContractorPortalController } from './contractor-portal.controller';

@Module({ controllers: [ContractorPortalController] })
export class ContractorPortalModule {}
