import { Module } from '@nestjs/common';
import { InvoicesResolver } from './invoices.resolver';
import { BillingWebhookController } from './billing-webhook.controller';

@Module({ providers: [InvoicesResolver], controllers: [BillingWebhookController] })
export class BillingModule {}
