import express, { Request, Response } from 'express';
import type { Controller } from '../interfaces';
import { authMiddleware, requireRole, RequestWithUser } from '../middleware/auth.middleware';
import { Comment } from '../models/comment.model';

export class CommentsController implements Controller {
  public path = '/comments';
  public router = express.Router();

  constructor() {
    this.router.get(`${this.path}/post/:postId`, this.forPost);
    // expect: missing-input-validation
    this.router.put(`${this.path}/:id`, authMiddleware, this.edit);
    this.router.delete(`${this.path}/:id`, authMiddleware, this.remove);
    // ok: missing-role-check
    this.router.delete(`${this.path}/:id/moderate`, authMiddleware, requireRole('moderator'), this.moderate);
  }

  private forPost = async (req: Request, res: Response) => {
    // ok: unscoped-tenant-query
    res.json(await Comment.find({ post: req.params.postId }));
  };

  private edit = async (req: Request, res: Response) => {
    const user = (req as RequestWithUser).user;
    const text = String(req.body.text ?? '').slice(0, 2000);
    // ok: unscoped-tenant-query
    const updated = await Comment.findOneAndUpdate({ _id: req.params.id, createdBy: user._id }, { text }, { new: true });
    res.json(updated);
  };

  // deletes whichever comment id it is sent
  private remove = async (req: Request, res: Response) => {
    // expect: unscoped-tenant-query
    await Comment.deleteOne({ _id: req.params.id });
    res.sendStatus(204);
  };

  private moderate = async (req: Request, res: Response) => {
    // ok: unscoped-tenant-query
    await Comment.findByIdAndDelete(req.params.id);
    res.sendStatus(204);
  };
}
