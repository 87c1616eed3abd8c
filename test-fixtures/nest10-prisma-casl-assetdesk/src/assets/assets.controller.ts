import {
  Body, Controller, Delete, Get, Param, Patch, Post, Query, Req, Res, UploadedFile, UseGuards, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { Response } from 'express';
import { AuthUser, Public } from '../auth/auth.guards';
import { PrismaService } from '../prisma.service';
import { Action, CaslAbilityFactory } from '../casl/casl-ability.factory';
import { CheckPolicies, PoliciesGuard } from '../casl/policies.guard';
import { AssetsService } from './assets.service';
import { CreateAssetDto, CreateTicketDto, TicketStatusBody, UpdateAssetDto } from './assets.dto';

type AuthedRequest = { user: AuthUser };

@Controller('assets')
@UseGuards(PoliciesGuard)
export class AssetsController {
  constructor(
    private assets: AssetsService,
    private abilities: CaslAbilityFactory,
    private prisma: PrismaService,
  ) {}

  // ok: missing-auth
  @Get()
  @CheckPolicies((ability) => ability.can(Action.Read, 'Asset'))
  list(@Req() req: AuthedRequest, @Query('status') status?: string) {
    return this.assets.list(req.user.organizationId, status);
  }

  // expect: missing-rate-limit
  @Get('export.csv')
  @CheckPolicies((ability) => ability.can(Action.Read, 'Asset'))
  async exportCsv(@Req() req: AuthedRequest, @Res() res: Response) {
    const rows = await this.assets.list(req.user.organizationId);
    res.type('text/csv').send(['tag,name,location', ...rows.map((a) => `${a.tag},${a.name},${a.location ?? ''}`)].join('\n'));
  }

  @Public()
  // expect: missing-auth
  @Get('shared/:id')
  async shared(@Param('id') id: string) {
    // anonymous route: missing-auth reports it (unscoped-tenant-query judges signed-in callers only)
    // ok: unscoped-tenant-query
    const asset = await this.prisma.asset.findUnique({ where: { id }, include: { tickets: true } });
    return asset ?? { error: 'not found' };
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@Param('id') id: string, @Req() req: AuthedRequest) {
    return this.assets.findOne(id, this.abilities.createForUser(req.user));
  }

  // ok: missing-input-validation
  @Post()
  @CheckPolicies((ability) => ability.can(Action.Create, 'Asset'))
  create(@Req() req: AuthedRequest, @Body() dto: CreateAssetDto) {
    return this.assets.create(req.user.organizationId, dto);
  }

  // ok: missing-input-validation
  @Patch(':id')
  @CheckPolicies((ability) => ability.can(Action.Update, 'Asset'))
  update(@Param('id') id: string, @Req() req: AuthedRequest, @Body() dto: UpdateAssetDto) {
    return this.assets.update(id, req.user.organizationId, dto);
  }

  // ok: missing-role-check
  @Delete(':id')
  @CheckPolicies((ability) => ability.can(Action.Delete, 'Asset'))
  remove(@Param('id') id: string, @Req() req: AuthedRequest) {
    return this.assets.remove(id, req.user.organizationId);
  }

  @Get(':id/tickets')
  tickets(@Param('id') id: string) {
    return this.assets.tickets(id);
  }

  // ok: missing-input-validation
  @Post(':id/tickets')
  openTicket(@Param('id') id: string, @Req() req: AuthedRequest, @Body() dto: CreateTicketDto) {
    return this.assets.openTicket(id, req.user, dto);
  }

  // expect: missing-input-validation
  @Patch('tickets/:ticketId/status')
  setStatus(@Param('ticketId') ticketId: string, @Req() req: AuthedRequest, @Body() body: TicketStatusBody) {
    return this.assets.setTicketStatus(ticketId, req.user.organizationId, body);
  }

  // expect: missing-rate-limit
  @Post(':id/manual')
  @CheckPolicies((ability) => ability.can(Action.Update, 'Asset'))
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file', { storage: diskStorage({ destination: './uploads/manuals' }) }))
  uploadManual(@Param('id') id: string, @Req() req: AuthedRequest, @UploadedFile() file: Express.Multer.File) {
    return this.assets.attachManual(id, req.user.organizationId, `/files/manuals/${file.filename}`);
  }

  // ok: missing-role-check
  @Post('sync')
  @CheckPolicies((ability) => ability.can(Action.Manage, 'all'))
  sync(@Req() req: AuthedRequest) {
    return this.assets.syncFromErp(req.user.organizationId);
  }
}
