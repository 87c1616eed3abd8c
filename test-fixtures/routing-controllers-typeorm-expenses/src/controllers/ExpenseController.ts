import { JsonController, Get, Post, Patch, Delete, Param, Body, CurrentUser, Authorized, NotFoundError } from 'routing-controllers';
import { AppDataSource } from '../data-source';
import { Expense } from '../entities/Expense';
import { User } from '../entities/User';
import { CreateExpenseDto, ReviewExpenseDto } from '../dto/expense.dto';

@JsonController('/expenses')
@Authorized()
export class ExpenseController {
  private repo = AppDataSource.getRepository(Expense);

  // ok: missing-auth
  @Get('/')
  list(@CurrentUser() user: User) {
    // ok: unscoped-tenant-query
    return this.repo.find({ where: { orgId: user.orgId }, order: { createdAt: 'DESC' } });
  }

  @Get('/:id')
  async one(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    const expense = await this.repo.findOneBy({ id });
    if (!expense) throw new NotFoundError('expense not found');
    return expense;
  }

  // ok: missing-input-validation
  @Post('/')
  create(@CurrentUser() user: User, @Body() dto: CreateExpenseDto) {
    return this.repo.save({ ...dto, orgId: user.orgId, submittedBy: user.id });
  }

  // expect: missing-input-validation
  @Patch('/:id')
  async update(@CurrentUser() user: User, @Param('id') id: string, @Body() patch: any) {
    // ok: unscoped-tenant-query
    await this.repo.update({ id, orgId: user.orgId, submittedBy: user.id }, patch);
    return { updated: true };
  }

  // ok: missing-role-check, missing-input-validation
  @Post('/:id/review')
  @Authorized(['approver', 'admin'])
  async review(@CurrentUser() user: User, @Param('id') id: string, @Body() dto: ReviewExpenseDto) {
    // ok: unscoped-tenant-query
    await this.repo.update({ id, orgId: user.orgId }, { status: dto.status });
    return { reviewed: true };
  }

  @Delete('/:id')
  async remove(@CurrentUser() user: User, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    await this.repo.delete({ id, orgId: user.orgId, submittedBy: user.id });
    return { deleted: true };
  }
}
