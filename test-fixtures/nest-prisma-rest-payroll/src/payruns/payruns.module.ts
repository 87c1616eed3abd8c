import { Module } from '@nestjs/common';
import { PayRunsController } from './payruns.controller';
import { PayRunsService } from './payruns.service';

@Module({ controllers: [PayRunsController], providers: [PayRunsService] })
export class PayRunsModule {}
