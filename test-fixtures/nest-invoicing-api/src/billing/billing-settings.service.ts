import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

type AppConfig = { billing: { currency: string; dunningDays: number }; app: { publicUrl: string } };

/** Billing defaults come from configuration; `config.get('billing.currency')` is no route. */
@Injectable()
export class BillingSettingsService {
  private readonly portalBase: string;

  constructor(private readonly config: ConfigService<AppConfig, true>) {
    this.portalBase = config.get('app.publicUrl', { infer: true });
  }

  defaults() {
    return {
      currency: this.config.get('billing.currency', { infer: true }),
      dunningDays: this.config.get('billing.dunningDays', { infer: true }),
      portalUrl: `${this.portalBase}/billing`,
    };
  }
}
