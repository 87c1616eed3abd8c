import mongoose from 'mongoose';

const MONGODB_URI = process.env.MONGODB_URI ?? 'mongodb://localhost:27017/assetdesk';

let cached: Promise<typeof mongoose> | null = null;

export function connectDb() {
  if (!cached) {
    cached = mongoose.connect(MONGODB_URI, { bufferCommands: false });
  }
  return cached;
}
