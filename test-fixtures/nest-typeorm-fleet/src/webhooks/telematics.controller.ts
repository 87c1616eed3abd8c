import { Body, Controller, Headers, HttpCode, Post, RawBodyRequest, Req, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac, timingSafeEqual } from 'crypto';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { Public } from '../auth/decorators';
import { TelematicsPing, Vehicle } from '../entities';

interface PingBatch {
  companyId: string;
  pings: { vin: string; lat: number; lng: number; odometerKm: number }[];
}

/** Called by the telematics vendor: no user session, the vendor signs each request body. */
@Public()
@Controller('webhooks/telematics')
export class TelematicsController {
  constructor(
    @InjectRepository(TelematicsPing) private readonly pings: Repository<TelematicsPing>,
    @InjectRepository(Vehicle) private readonly vehicles: Repository<Vehicle>,
  ) {}

  // ok: missing-auth, unverified-webhook
  @Post('pings')
  @HttpCode(204)
  async ingest(@Req() req: RawBodyRequest<Request>, @Headers('x-telematics-signature') signature: string) {
    const expected = createHmac('sha256', process.env.TELEMATICS_WEBHOOK_SECRET ?? '').update(req.rawBody ?? '').digest();
    const given = Buffer.from(signature ?? '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UnauthorizedException('bad signature');
    const batch = JSON.parse(req.rawBody!.toString('utf8')) as PingBatch;
    await this.pings.insert(batch.pings.map((p) => ({ ...p, companyId: batch.companyId })));
  }

  // the vendor's alert feed was wired up later and nobody added the signature check
  // ok: missing-auth
  // expect: unverified-webhook
  @Post('alerts')
  @HttpCode(204)
  async alert(@Body() body: { vin: string; code: string; companyId: string }) {
    if (body.code.startsWith('P0')) {
      await this.vehicles.update({ vin: body.vin, companyId: body.companyId }, { status: 'in_shop' });
    }
  }
}
