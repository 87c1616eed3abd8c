import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res, SetMetadata } from '@nestjs/common';
import { InjectEntityManager, InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { Response } from 'express';
import { AuthUser, CurrentUser } from '../auth/decorators';
import { Course, Lesson } from '../entities';

class IdsDto {
  @IsArray() @ArrayMaxSize(100) @IsUUID('4', { each: true }) ids: string[];
}

@Controller('admin/catalog')
export class CatalogAdminController {
  constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectEntityManager() private readonly em: EntityManager,
  ) {}

  @SetMetadata('roles', ['admin'])
  // ok: missing-role-check
  @Get('courses')
  list(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.courses.findBy({ tenantId: user.tenantId });
  }

  @SetMetadata('roles', ['admin'])
  // ok: missing-role-check, missing-input-validation
  @Post('courses/archive')
  @HttpCode(204)
  async archive(@Body() dto: IdsDto) {
    // expect: unscoped-tenant-query
    await this.courses.update({ id: In(dto.ids) }, { published: false });
  }

  @SetMetadata('roles', ['admin'])
  // ok: missing-role-check
  @Delete('courses/:id')
  @HttpCode(204)
  async remove(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    await this.em.transaction(async (tx) => {
      // ok: unscoped-tenant-query
      const course = await tx.findOne(Course, { where: { id, tenantId: user.tenantId } });
      if (!course) return;
      // ok: unscoped-tenant-query
      await tx.delete(Lesson, { courseId: course.id });
      await tx.remove(course);
    });
  }

  // expect: missing-role-check
  @Get('lessons/:id')
  async lesson(@Param('id') id: string, @Res() res: Response) {
    try {
      // expect: unscoped-tenant-query
      const lesson = await this.em.findOne(Lesson, { where: { id } });
      res.json(lesson);
    } catch (e) {
      // expect: error-details-leak
      res.status(500).json({ error: 'lookup failed', stack: (e as Error).stack });
    }
  }
}
