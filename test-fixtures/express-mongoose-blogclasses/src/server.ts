import mongoose from 'mongoose';
import { App } from './app';
import { PostsController } from './controllers/posts.controller';
import { CommentsController } from './controllers/comments.controller';
import { AuthController } from './controllers/auth.controller';

mongoose.connect(process.env.MONGO_URL as string).then(() => {
  new App([new AuthController(), new PostsController(), new CommentsController()]).listen();
});
