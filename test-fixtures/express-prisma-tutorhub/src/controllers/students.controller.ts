import type { Request, Response } from 'express';
import { studentsService } from '../services/students.service';

export async function listStudents(req: Request, res: Response) {
  res.json(await studentsService.list(req.user!.organizationId));
}

export async function getStudent(req: Request, res: Response) {
  const student = await studentsService.get(req.user!.organizationId, req.params.id);
  if (!student) return res.sendStatus(404);
  res.json(student);
}

export async function createStudent(req: Request, res: Response) {
  const student = await studentsService.create(req.user!.organizationId, req.body);
  res.status(201).json(student);
}

export async function updateStudent(req: Request, res: Response) {
  const student = await studentsService.update(req.params.id, req.body);
  res.json(student);
}

export async function deleteStudent(req: Request, res: Response) {
  const { count } = await studentsService.remove(req.user!.organizationId, req.params.id);
  res.sendStatus(count ? 204 : 404);
}

export async function studentLessons(req: Request, res: Response) {
  const student = await studentsService.get(req.user!.organizationId, req.params.id);
  if (!student) return res.sendStatus(404);
  res.json(await studentsService.lessonsOf(student.id));
}
