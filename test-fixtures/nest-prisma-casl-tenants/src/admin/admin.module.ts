import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AdminController } from './admin.controller';

@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET })], controllers: [AdminController] })
export class AdminModule {}
