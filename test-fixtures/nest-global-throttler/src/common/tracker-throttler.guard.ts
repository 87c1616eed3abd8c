import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

@Injectable()
export class TrackerThrottlerGuard extends ThrottlerGuard {
  // one bucket per forwarded client address behind the CDN
  protected async getTracker(req: Record<string, any>): Promise<string> {
    return (req.headers['cf-connecting-ip'] as string) ?? req.ip;
  }
}
