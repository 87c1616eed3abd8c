import { Body, Controller, Delete, Get, Header, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { CurrentUser, Roles, SessionUser } from '../auth/decorators';
import { GrantsService } from './grants.service';

export class CreateGrantDto {
  @IsString() title!: string;
  @IsOptional() @IsString() summary?: string;
  @IsInt() @Min(0) budgetCents!: number;
}

@Controller('grants')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: SessionUser) {
    return this.grants.list(user);
  }

  // ok: missing-auth
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.grants.get(id);
  }

  // ok: missing-input-validation, missing-role-check
  @Post()
  @Roles('owner', 'admin')
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateGrantDto) {
    return this.grants.create(user, dto);
  }

  // expect: missing-input-validation
  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id') id: string, @Body() body: any) {
    return this.grants.update(user, id, body);
  }

  // expect: missing-rate-limit
  @Get(':id/applications/export')
  @Header('Content-Type', 'text/csv')
  async exportCsv(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    const rows = await this.grants.applicationsOf(user, id);
    return ['name,email,requested,status', ...rows.map((r) => `${r.applicantName},${r.applicantEmail},${r.requestedCents},${r.status}`)].join('\n');
  }

  // ok: missing-auth, missing-role-check
  @Delete(':id')
  @Roles('owner')
  remove(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    return this.grants.remove(user, id);
  }
}
