import mongoose from 'mongoose';

const uri = process.env.MONGODB_URI as string;

let cached: Promise<typeof mongoose> | null = null;

export function connectDb() {
  if (!cached) {
    cached = mongoose.connect(uri, { bufferCommands: false });
  }
  return cached;
}
