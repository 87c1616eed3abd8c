import express, { Request, Response } from 'express';
import { z } from 'zod';
import type Controller from './controller';
import { Recipe } from '../models/recipe.model';

const RecipeInput = z.object({ title: z.string().min(1).max(140), steps: z.array(z.string().max(2000)).max(50), published: z.boolean().optional() });

class RecipesController implements Controller {
  public path = '/recipes';
  public router = express.Router();

  constructor() {
    this.initializeRoutes();
  }

  private initializeRoutes() {
    // ok: missing-auth
    this.router.get('/public', this.listPublished);
    this.router.get('/', this.listMine);
    // ok: missing-auth
    this.router.post('/', this.create);
    this.router.get('/:id', this.show);
    // ok: missing-auth
    this.router.patch('/:id', this.update);
    // ok: missing-auth
    this.router.delete('/:id', this.remove);
  }

  private listPublished = async (_req: Request, res: Response) => {
    res.json(await Recipe.find({ published: true }).limit(50));
  };

  private listMine = async (req: Request, res: Response) => {
    res.json(await Recipe.find({ author: (req as any).auth.sub }));
  };

  private create = async (req: Request, res: Response) => {
    const input = RecipeInput.parse(req.body);
    res.status(201).json(await Recipe.create({ ...input, author: (req as any).auth.sub }));
  };

  private show = async (req: Request, res: Response) => {
    // ok: unscoped-tenant-query
    const recipe = await Recipe.findOne({ _id: req.params.id, author: (req as any).auth.sub });
    if (!recipe) return res.sendStatus(404);
    res.json(recipe);
  };

  // any signed-in cook can edit anyone's recipe
  private update = async (req: Request, res: Response) => {
    const input = RecipeInput.partial().parse(req.body);
    // expect: unscoped-tenant-query
    const recipe = await Recipe.findByIdAndUpdate(req.params.id, input, { new: true });
    res.json(recipe);
  };

  private remove = async (req: Request, res: Response) => {
    // ok: unscoped-tenant-query
    const result = await Recipe.deleteOne({ _id: req.params.id, author: (req as any).auth.sub });
    res.sendStatus(result.deletedCount ? 204 : 404);
  };
}

export default RecipesController;
