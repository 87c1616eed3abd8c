import { Body, Controller, Headers, HttpCode, Logger, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../common/public.decorator';

interface CalendarEvent {
  event: 'invitee.created' | 'invitee.canceled';
  payload: { email: string; scheduled_event: { start_time: string } };
}

@Controller('webhooks')
@Public()
export class WebhooksController {
  private readonly logger = new Logger(WebhooksController.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // expect: unverified-webhook
  @Post('calendly')
  @HttpCode(200)
  async calendly(@Body() body: CalendarEvent, @Headers('calendly-webhook-signature') signature: string) {
    this.logger.log(`calendly ${body.event} for ${body.payload.email}`);
    if (body.event === 'invitee.created') {
      await this.dataSource.query(
        `UPDATE applications SET stage = 'interview_scheduled' FROM candidates c WHERE applications."candidateId" = c.id AND c.email = $1`,
        [body.payload.email],
      );
    }
    return { received: true };
  }
}
