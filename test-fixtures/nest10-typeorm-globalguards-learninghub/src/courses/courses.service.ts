import { Injectable, InternalServerErrorException, NotFoundException, ConflictException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { Course, Enrollment, Lesson } from '../entities';
import { AuthUser } from '../auth/decorators';
import { CreateCourseDto, CreateLessonDto, UpdateCourseDto } from './dto';

@Injectable()
export class CoursesService {
  constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectRepository(Lesson) private readonly lessons: Repository<Lesson>,
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
  ) {}

  findAll(tenantId: string) {
    // ok: unscoped-tenant-query
    return this.courses.find({ where: { tenantId }, order: { title: 'ASC' } });
  }

  async findOne(id: string, tenantId: string) {
    // ok: unscoped-tenant-query
    const course = await this.courses.findOne({ where: { id, tenantId } });
    if (!course) throw new NotFoundException();
    return course;
  }

  publicCatalog() {
    // ok: unscoped-tenant-query
    return this.courses.find({ where: { published: true }, select: ['id', 'title', 'description'] });
  }

  syllabus(id: string) {
    return this.lessons.find({ where: { courseId: id }, select: ['id', 'title'] });
  }

  enrollmentsOf(courseId: string) {
    // expect: unscoped-tenant-query
    return this.enrollments.find({ where: { courseId } });
  }

  async create(user: AuthUser, dto: CreateCourseDto) {
    try {
      return await this.courses.save(this.courses.create({ ...dto, tenantId: user.tenantId, instructorId: user.id }));
    } catch (err) {
      if (err instanceof QueryFailedError) {
        // ok: error-details-leak
        throw new ConflictException('A course with this title already exists');
      }
      // expect: error-details-leak
      throw new InternalServerErrorException(err.message);
    }
  }

  async update(id: string, tenantId: string, dto: Partial<UpdateCourseDto>) {
    // ok: unscoped-tenant-query
    await this.courses.update({ id, tenantId }, dto);
    return this.findOne(id, tenantId);
  }

  async remove(id: string, tenantId: string) {
    // ok: unscoped-tenant-query
    const result = await this.courses.delete({ id, tenantId });
    if (!result.affected) throw new NotFoundException();
  }

  async addLesson(user: AuthUser, courseId: string, dto: CreateLessonDto) {
    // ok: unscoped-tenant-query
    const course = await this.courses.findOneBy({ id: courseId });
    if (!course || course.tenantId !== user.tenantId) throw new NotFoundException();
    return this.lessons.save(this.lessons.create({ ...dto, courseId: course.id, tenantId: user.tenantId }));
  }

  async enroll(user: AuthUser, courseId: string) {
    await this.findOne(courseId, user.tenantId);
    return this.enrollments.save(this.enrollments.create({ courseId, userId: user.id, tenantId: user.tenantId }));
  }

  async setProgress(user: AuthUser, enrollmentId: string, progress: number) {
    // ok: unscoped-tenant-query
    const enrollment = await this.enrollments.findOne({ where: { id: enrollmentId, userId: user.id } });
    if (!enrollment) throw new NotFoundException();
    enrollment.progress = progress;
    return this.enrollments.save(enrollment);
  }

  async gradebookRows(tenantId: string, courseId: string) {
    // ok: unscoped-tenant-query
    return this.enrollments.find({ where: { tenantId, courseId }, order: { enrolledAt: 'ASC' } });
  }
}
