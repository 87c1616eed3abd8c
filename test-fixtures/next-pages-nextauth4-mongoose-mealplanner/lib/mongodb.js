import mongoose from 'mongoose';

// expect: hardcoded-secret
const MONGODB_URI = process.env.MONGODB_URI || 'mongodb://mealplan:M3alPl4n-Dev-2025@db.mealplanner.internal:27017/mealplanner';

let cached = global.mongoose;
if (!cached) cached = global.mongoose = { conn: null, promise: null };

export default async function dbConnect() {
  if (cached.conn) return cached.conn;
  if (!cached.promise) {
    cached.promise = mongoose.connect(MONGODB_URI, { bufferCommands: false }).then((m) => m);
  }
  cached.conn = await cached.promise;
  return cached.conn;
}
