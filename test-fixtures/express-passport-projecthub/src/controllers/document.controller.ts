import type { NextFunction, Request, Response } from 'express';
import { documentRepository } from '../repositories/document.repository';
import { NotFoundError } from '../lib/errors';
import type { AuthUser } from '../middleware/auth';

export const documentController = {
  async upload(req: Request, res: Response) {
    const user = req.user as AuthUser;
    if (!req.file) return res.status(400).json({ error: 'file is required' });
    const doc = await documentRepository.create({
      companyId: user.companyId,
      projectId: typeof req.body.projectId === 'string' ? req.body.projectId : undefined,
      filename: req.file.originalname,
      path: req.file.path,
      mimeType: req.file.mimetype,
      size: req.file.size,
    });
    res.status(201).json(doc);
  },

  async bulkUpload(req: Request, res: Response) {
    const user = req.user as AuthUser;
    const files = (req.files as Express.Multer.File[]) ?? [];
    const docs = await Promise.all(
      files.map((f) =>
        documentRepository.create({ companyId: user.companyId, filename: f.originalname, path: f.path, mimeType: f.mimetype, size: f.size }),
      ),
    );
    res.status(201).json(docs);
  },

  async get(req: Request, res: Response, next: NextFunction) {
    try {
      const user = req.user as AuthUser;
      // ok: unscoped-tenant-query
      const doc = await documentRepository.findById(req.params.id);
      if (!doc || doc.companyId !== user.companyId) throw new NotFoundError('Document');
      res.json(doc);
    } catch (err) {
      next(err);
    }
  },

  async download(req: Request, res: Response) {
    const doc = await documentRepository.findById(req.params.id);
    if (!doc) return res.sendStatus(404);
    res.download(doc.path, doc.filename);
  },

  async remove(req: Request, res: Response) {
    const user = req.user as AuthUser;
    await documentRepository.deleteForCompany(user.companyId, req.params.id);
    res.sendStatus(204);
  },
};
