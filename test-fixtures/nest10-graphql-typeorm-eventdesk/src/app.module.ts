import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { AttendeesResolver } from './attendees/attendees.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { JwtStrategy } from './auth/jwt.strategy';
import { RolesGuard } from './auth/roles';
import { Attendee } from './entities/attendee.entity';
import { Event } from './entities/event.entity';
import { Organization } from './entities/organization.entity';
import { User } from './entities/user.entity';
import { EventsResolver } from './events/events.resolver';
import { EventsService } from './events/events.service';
import { UsersResolver } from './users/users.resolver';
import { PublicEventsResolver } from './events/public-events.resolver';
import { EventSearchResolver } from './events/event-search.resolver';
import { UploadsController } from './uploads/uploads.controller';
import { StripeWebhookController } from './webhooks/stripe-webhook.controller';
import { ThrottlerModule } from '@nestjs/throttler';

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: join(process.cwd(), 'schema.gql'),
      context: ({ req }) => ({ req }),
      // expect: error-details-leak
      includeStacktraceInErrorResponses: true,
    }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: process.env.DB_HOST ?? 'localhost',
      username: 'eventdesk',
      // expect: hardcoded-secret
      password: 'Ev3ntd3sk-pg-2024',
      database: 'eventdesk',
      entities: [Organization, User, Event, Attendee],
      synchronize: false,
    }),
    TypeOrmModule.forFeature([Organization, User, Event, Attendee]),
    PassportModule,
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }]),
    // ok: insecure-jwt
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h', algorithm: 'HS256' } }),
  ],
  controllers: [UploadsController, StripeWebhookController],
  providers: [EventSearchResolver, PublicEventsResolver, JwtStrategy, RolesGuard, AuthResolver, EventsResolver, EventsService, AttendeesResolver, UsersResolver],
})
export class AppModule {}
