import { Body, Controller, Post, Req, UseGuards } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsDate, IsNumber, IsString, Max, Min } from 'class-validator';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';
import { InstrumentKeyGuard } from './instrument-key.guard';

class ReadingDto {
  @IsString()
  sampleCode!: string;

  @IsNumber()
  @Min(0)
  @Max(14)
  ph!: number;

  @Type(() => Date)
  @IsDate()
  takenAt!: Date;
}

@Controller('instruments')
export class InstrumentsController {
  constructor(private readonly prisma: PrismaService) {}

  // no user JWT: the instrument's own key is checked instead
  // ok: missing-auth
  @Public()
  @UseGuards(InstrumentKeyGuard)
  @Post('readings')
  async ingest(@Req() req: { instrument: { id: string; orgId: string } }, @Body() dto: ReadingDto) {
    return this.prisma.reading.create({ data: { ...dto, orgId: req.instrument.orgId, instrumentId: req.instrument.id } });
  }
}
