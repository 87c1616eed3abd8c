import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Role, Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { BoardsService } from './boards.service';
import { CreateBoardDto, UpdateBoardDto } from './dto';

@Controller('boards')
@UseGuards(RolesGuard)
export class BoardsController {
  constructor(private readonly boards: BoardsService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.boards.list(user.workspaceId);
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateBoardDto) {
    return this.boards.create(user.workspaceId, dto);
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.boards.findOne(id, user.workspaceId);
  }

  // ok: missing-input-validation
  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateBoardDto) {
    return this.boards.update(id, dto);
  }

  // ok: missing-role-check
  @Delete(':id')
  @Roles(Role.Admin, Role.Owner)
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.boards.remove(id, user.workspaceId);
  }

  @Get(':id/activity')
  activity(@Param('id') id: string) {
    return this.boards.activityFor(id);
  }
}
