import { Body, Controller, Get, Param, Patch, Post, Query, Req, UseGuards } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { JwtGuard } from '../auth/jwt.guard';
import { TicketsService } from './tickets.service';

type AuthedRequest = { user: { id: string; accountId: string } };

@Controller({ path: 'tickets', version: '1' })
@UseGuards(JwtGuard)
export class TicketsController {
  constructor(private readonly service: TicketsService) {}

  // ok: missing-auth
  @Get()
  list(@Req() req: AuthedRequest) {
    return this.service.list(req.user.accountId);
  }

  // the old dashboard still calls /tickets/open
  @Get(['queue', 'open'])
  queue(@Req() req: AuthedRequest) {
    return this.service.list(req.user.accountId);
  }

  @Get('search')
  search(@Req() req: AuthedRequest, @Query('q') q: string) {
    return this.service.search(req.user.accountId, q);
  }

  // ok: missing-auth
  @Get(':id')
  get(@Param('id') id: string) {
    return this.service.get(id);
  }

  @Get(':id/scoped')
  getScoped(@Param('id') id: string, @Req() req: AuthedRequest) {
    return this.service.getScoped(id, req.user.accountId);
  }

  @Patch(':id/close')
  close(@Param('id') id: string) {
    return this.service.close(id);
  }

  @Post('batch')
  @Throttle({ default: { limit: 5, ttl: 60000 } })
  batch(@Body('ids') ids: string[]) {
    return this.service.byIds(ids);
  }
}
