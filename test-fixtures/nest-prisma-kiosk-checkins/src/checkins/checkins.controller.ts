import { Body, Controller, Delete, Get, NotFoundException, Param, ParseIntPipe, Post, Req, UseGuards } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { KioskRoute } from '../auth/kiosk-route.decorator';
import { CreateCheckinDto } from './checkins.dto';
import { OpeningHours, OpeningHoursCommand } from './opening-hours.usecase';
import { RequiresPlan } from '../common/requires-plan.interceptor';

@Controller()
export class CheckinsController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly openingHours: OpeningHours,
  ) {}

  // shown on the kiosk's idle screen: the use case's command object is built, nothing is stored
  // ok: missing-auth
  @Get('kiosk/hours/:weekday')
  hours(@Param('weekday', ParseIntPipe) weekday: number) {
    return this.openingHours.execute(OpeningHoursCommand.create({ weekday }));
  }

  // the front-desk tablet scans a member card; the global KioskDeviceGuard checks the device key
  // ok: missing-auth
  @Post('kiosk/checkins')
  @KioskRoute()
  async checkIn(@Req() req: any, @Body() dto: CreateCheckinDto) {
    const member = await this.prisma.member.findFirst({
      where: { id: dto.memberId, gymId: req.kiosk.gymId },
    });
    if (!member) throw new NotFoundException();
    return this.prisma.checkin.create({
      data: { memberId: member.id, gymId: req.kiosk.gymId },
    });
  }

  @Get('checkins/today')
  @UseGuards(JwtAuthGuard)
  @RequiresPlan('plus')
  async today(@Req() req: any) {
    const since = new Date();
    since.setHours(0, 0, 0, 0);
    return this.prisma.checkin.findMany({
      where: { gymId: req.user.gymId, at: { gte: since } },
      include: { member: true },
    });
  }

  // neither marked for kiosks nor behind JwtAuthGuard: the global guard lets it through untouched
  // expect: missing-auth
  @Delete('checkins/:id')
  async undo(@Param('id') id: string) {
    await this.prisma.checkin.delete({ where: { id } });
    return { ok: true };
  }

  // the e2e suite resets its gym through this; outside the test run it answers 404
  // ok: missing-auth
  @Post('testing/reset-gym/:gymId')
  async resetGym(@Param('gymId') gymId: string) {
    if (process.env.NODE_ENV !== 'test') throw new NotFoundException();
    await this.prisma.checkin.deleteMany({ where: { gymId } });
    return { ok: true };
  }

  // the e2e suite signs a staff user in through this; outside the test run it answers 404, so nobody can hammer it
  // ok: missing-auth, missing-rate-limit
  @Post('testing/login')
  async testLogin(@Body() body: { email: string }) {
    if (process.env.NODE_ENV !== 'test') throw new NotFoundException();
    const user = await this.prisma.user.findUnique({ where: { email: body.email } });
    if (!user) throw new NotFoundException();
    return { userId: user.id, gymId: user.gymId };
  }

  // a flag of the app's own ships to production: whoever sets it opens the reset to everyone
  // expect: missing-auth
  @Post('demo/reset-gym/:gymId')
  async resetDemoGym(@Param('gymId') gymId: string) {
    if (process.env.DEMO_MODE !== 'true') throw new NotFoundException();
    await this.prisma.checkin.deleteMany({ where: { gymId } });
    return { ok: true };
  }
}
