import {
  Body,
  Controller,
  DefaultValuePipe,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { AuthUser, CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { JwtAuthGuard, RolesGuard } from '../auth/auth.guards';
import { CreateContactDto, NoteDto, OrgQueryDto, UpdateContactDto } from '../dto';
import { ContactsService } from './contacts.service';

@Controller('contacts')
@UseGuards(JwtAuthGuard, RolesGuard)
export class ContactsController {
  constructor(private readonly contactsService: ContactsService) {}

  // ok: missing-auth
  @Get()
  findAll(
    @CurrentUser() user: AuthUser,
    @Query('page', new DefaultValuePipe(1), ParseIntPipe) page: number,
    @Query('limit', new DefaultValuePipe(25), ParseIntPipe) limit: number,
  ) {
    return this.contactsService.findAll(user, Math.max(page, 1), Math.min(Math.max(limit, 1), 100));
  }

  // expect: missing-auth
  // expect: missing-rate-limit
  @Get('export')
  @Public()
  exportContacts(@Query() query: OrgQueryDto) {
    return this.contactsService.exportForOrg(query.orgId);
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.contactsService.findOne(user, id);
  }

  // ok: missing-auth
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateContactDto) {
    return this.contactsService.create(user, dto);
  }

  // ok: missing-input-validation
  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: UpdateContactDto) {
    return this.contactsService.update(user, id, dto);
  }

  @Delete(':id')
  @Roles('manager', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.contactsService.remove(user, id);
  }

  // expect: missing-role-check
  @Delete('admin/purge-archived')
  purgeArchived(@CurrentUser() user: AuthUser) {
    return this.contactsService.purgeArchived(user);
  }
}

@Controller('contacts/:contactId/notes')
@UseGuards(JwtAuthGuard)
export class NotesController {
  constructor(private readonly contactsService: ContactsService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser, @Param('contactId') contactId: string) {
    return this.contactsService.listNotes(user, contactId);
  }

  @Post()
  add(@CurrentUser() user: AuthUser, @Param('contactId') contactId: string, @Body() dto: NoteDto) {
    return this.contactsService.addNote(user, contactId, dto);
  }

  // ok: missing-input-validation
  @Patch(':noteId')
  update(
    @CurrentUser() user: AuthUser,
    @Param('contactId') contactId: string,
    @Param('noteId') noteId: string,
    @Body() dto: NoteDto,
  ) {
    return this.contactsService.updateNote(user, contactId, noteId, dto);
  }

  @Delete(':noteId')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: AuthUser, @Param('noteId') noteId: string) {
    return this.contactsService.removeNote(user, noteId);
  }
}
