import { Module } from '@nestjs/common';
import { CareersController } from './careers.controller';

@Module({ controllers: [CareersController] })
export class CareersModule {}
