import { BadRequestException, Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { Task } from '../entities';
import { Public } from '../auth/public.decorator';

@Controller('webhooks')
export class WebhooksController {
  constructor(@InjectRepository(Task) private readonly tasks: Repository<Task>) {}

  @Public()
  @HttpCode(204)
  // ok: unverified-webhook, missing-auth
  @Post('github')
  async github(@Req() req: RawBodyRequest<Request>, @Headers('x-hub-signature-256') signature: string) {
    const expected = 'sha256=' + createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET!).update(req.rawBody!).digest('hex');
    if (!signature || signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
      throw new BadRequestException('bad signature');
    }
    const payload = JSON.parse(req.rawBody!.toString('utf8'));
    const match = /closes #task-([0-9a-f-]{36})/i.exec(payload.pull_request?.body ?? '');
    if (payload.action === 'closed' && payload.pull_request?.merged && match) {
      await this.tasks.update(match[1], { status: 'done' });
    }
  }

  @Public()
  @HttpCode(204)
  // GitLab sends the shared secret token itself (no signature); compared with the server's copy it proves the
  // sender (rules/unverified-webhook.md: a provider's shared token counts; the timing-unsafe clause is for signatures)
  // ok: unverified-webhook, missing-auth
  @Post('gitlab')
  async gitlab(@Headers('x-gitlab-token') token: string, @Req() req: Request) {
    if (token !== process.env.GITLAB_WEBHOOK_TOKEN) throw new BadRequestException('bad token');
    const taskId = req.body?.object_attributes?.description?.match(/task-([0-9a-f-]{36})/)?.[1];
    if (taskId) await this.tasks.update(taskId, { status: 'done' });
  }
}
