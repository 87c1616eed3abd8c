import express, { Request, Response } from 'express';
import Joi from 'joi';
import type { Controller } from '../interfaces';
import { authMiddleware, RequestWithUser } from '../middleware/auth.middleware';
import { validateBody } from '../middleware/validate';
import { Post } from '../models/post.model';

const postSchema = Joi.object({ title: Joi.string().max(200).required(), content: Joi.string().max(20000), published: Joi.boolean() });

export class PostsController implements Controller {
  public path = '/posts';
  public router = express.Router();

  constructor() {
    this.initializeRoutes();
  }

  private initializeRoutes() {
    // ok: missing-auth
    this.router.get(this.path, this.getAllPosts);
    // ok: missing-auth
    this.router.get(`${this.path}/:id`, this.getPostById);
    // expect: missing-input-validation
    this.router.patch(`${this.path}/:id`, authMiddleware, this.modifyPost);
    // ok: missing-input-validation
    this.router.put(`${this.path}/:id`, authMiddleware, validateBody(postSchema), this.replacePost);
    this.router.delete(`${this.path}/:id`, authMiddleware, this.deletePost);
    // ok: missing-input-validation
    this.router.post(this.path, authMiddleware, validateBody(postSchema), this.createPost);
  }

  private getAllPosts = async (_req: Request, res: Response) => {
    res.json(await Post.find({ published: true }).sort({ createdAt: -1 }));
  };

  private getPostById = async (req: Request, res: Response) => {
    // ok: unscoped-tenant-query
    const post = await Post.findById(req.params.id);
    if (!post) return res.status(404).json({ message: 'post not found' });
    res.json(post);
  };

  // any signed-in reader can rewrite anyone's post
  private modifyPost = async (req: Request, res: Response) => {
    // expect: unscoped-tenant-query
    const post = await Post.findByIdAndUpdate(req.params.id, req.body, { new: true });
    res.json(post);
  };

  private replacePost = async (req: Request, res: Response) => {
    const user = (req as RequestWithUser).user;
    // ok: unscoped-tenant-query
    const post = await Post.findOneAndUpdate({ _id: req.params.id, author: user._id }, req.body, { new: true });
    if (!post) return res.status(404).json({ message: 'post not found' });
    res.json(post);
  };

  private deletePost = async (req: Request, res: Response) => {
    const user = (req as RequestWithUser).user;
    const post = await Post.findById(req.params.id);
    if (!post) return res.status(404).json({ message: 'post not found' });
    if (post.author.toString() !== user._id) return res.status(403).json({ message: 'not your post' });
    // ok: unscoped-tenant-query
    await Post.findByIdAndDelete(req.params.id);
    res.sendStatus(204);
  };

  private createPost = async (req: Request, res: Response) => {
    const user = (req as RequestWithUser).user;
    // ok: unscoped-tenant-query
    const created = await Post.create({ ...req.body, author: user._id });
    res.status(201).json(created);
  };
}
