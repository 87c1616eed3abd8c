import mongoose, { Schema } from 'mongoose'

const ProductSchema = new Schema({
  accountId: { type: Schema.Types.ObjectId, ref: 'Account', required: true, index: true },
  name: { type: String, required: true },
  price: { type: Number, required: true },
  stock: { type: Number, default: 0 },
  published: { type: Boolean, default: false },
})

const OrderSchema = new Schema({
  accountId: { type: Schema.Types.ObjectId, ref: 'Account', required: true, index: true },
  customerEmail: { type: String, required: true },
  total: { type: Number, required: true },
  status: { type: String, enum: ['pending', 'paid', 'refunded', 'shipped'], default: 'pending' },
  paddleTransactionId: String,
})

const AccountSchema = new Schema({
  name: { type: String, required: true },
  email: { type: String, required: true, unique: true },
  plan: { type: String, default: 'starter' },
  payoutIban: String,
  resetToken: String,
  avatarUrl: String,
})

export const Product = mongoose.models.Product ?? mongoose.model('Product', ProductSchema)
export const Order = mongoose.models.Order ?? mongoose.model('Order', OrderSchema)
export const Account = mongoose.models.Account ?? mongoose.model('Account', AccountSchema)
