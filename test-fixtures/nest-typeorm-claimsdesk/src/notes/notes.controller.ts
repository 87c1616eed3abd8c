import { Body, Controller, Delete, ForbiddenException, Get, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { ClaimNote } from './note.entity';
import { CreateNoteDto } from './dto';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';

@Controller('claims/:claimId/notes')
export class NotesController {
  constructor(
    @InjectRepository(ClaimNote) private readonly notes: Repository<ClaimNote>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  list(@CurrentUser('organizationId') orgId: string, @Param('claimId', ParseUUIDPipe) claimId: string) {
    // ok: unscoped-tenant-query
    return this.notes
      .createQueryBuilder('n')
      .where('n.claimId = :claimId', { claimId })
      .andWhere('n.organizationId = :orgId', { orgId })
      .orderBy('n.createdAt', 'DESC')
      .getMany();
  }

  @Get('search')
  search(@Param('claimId', ParseUUIDPipe) claimId: string, @Query('q') q: string) {
    // expect: unscoped-tenant-query
    return this.dataSource.query('SELECT id, body FROM claim_notes WHERE claim_id = $1 AND body ILIKE $2', [claimId, `%${q}%`]);
  }

  // ok: missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Param('claimId', ParseUUIDPipe) claimId: string, @Body() dto: CreateNoteDto) {
    return this.notes.save(this.notes.create({ ...dto, claimId, organizationId: user.organizationId, authorId: user.id }));
  }

  // expect: missing-input-validation
  @Patch(':id')
  async edit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: Partial<CreateNoteDto>) {
    // ok: unscoped-tenant-query
    const note = await this.notes.findOneBy({ id });
    if (!note) throw new NotFoundException();
    if (note.organizationId !== user.organizationId || note.authorId !== user.id) throw new ForbiddenException();
    Object.assign(note, dto);
    return this.notes.save(note);
  }

  @Delete(':id')
  async remove(@Param('id', ParseUUIDPipe) id: string) {
    // expect: unscoped-tenant-query
    const note = await this.notes.createQueryBuilder('n').where('n.id = :id', { id }).getOne();
    if (!note) throw new NotFoundException();
    await this.notes.remove(note);
    return { ok: true };
  }
}
