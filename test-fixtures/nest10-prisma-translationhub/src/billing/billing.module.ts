import { Module } from '@nestjs/common';
import { BillingController } from './billing.controller';
import { stripeProvider } from './stripe.provider';

@Module({ controllers: [BillingController], providers: [stripeProvider], exports: [stripeProvider] })
export class BillingModule {}
