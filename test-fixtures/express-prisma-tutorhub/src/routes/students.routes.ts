import { Router } from 'express';
import * as students from '../controllers/students.controller';
import { requireRole, requireUser } from '../middleware/requireUser';
import { validateBody } from '../middleware/validate';
import { studentSchema } from '../schemas';

export const studentsRouter = Router();

studentsRouter.use(requireUser);

// ok: missing-auth
studentsRouter.get('/', students.listStudents);
// ok: missing-input-validation
studentsRouter.post('/', validateBody(studentSchema), students.createStudent);
// ok: missing-auth
studentsRouter.get('/:id', students.getStudent);
// expect: missing-input-validation
studentsRouter.patch('/:id', students.updateStudent);
// ok: missing-role-check
studentsRouter.delete('/:id', requireRole('OWNER', 'ADMIN'), students.deleteStudent);
// ok: missing-auth
studentsRouter.get('/:id/lessons', students.studentLessons);
