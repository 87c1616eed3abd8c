import { FrontendConfigController } from './config.controller';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Ticket } from './entities/ticket.entity';
import { TicketsController } from './tickets/tickets.controller';
import { HealthController } from './health.controller';
import { TicketsService } from './tickets/tickets.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Ticket]),
    // expect: insecure-jwt
    JwtModule.register({ secret: 'deskly-local-secret', signOptions: { expiresIn: '1h' } }),
  ],
  controllers: [TicketsController, HealthController, FrontendConfigController],
  providers: [TicketsService],
})
export class AppModule {}
