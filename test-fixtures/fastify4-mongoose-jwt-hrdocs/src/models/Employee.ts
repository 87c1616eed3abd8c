import { Schema, model, Types } from 'mongoose';

const noteSchema = new Schema(
  { body: { type: String, required: true }, author: { type: Types.ObjectId, ref: 'User' } },
  { timestamps: true },
);

const employeeSchema = new Schema(
  {
    company: { type: Types.ObjectId, ref: 'Company', required: true, index: true },
    user: { type: Types.ObjectId, ref: 'User' },
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    email: { type: String, required: true },
    department: String,
    title: String,
    salaryCents: { type: Number, select: false },
    startDate: Date,
    externalPayrollId: { type: String, index: true },
    status: { type: String, enum: ['active', 'on_leave', 'terminated'], default: 'active' },
    notes: [noteSchema],
  },
  { timestamps: true },
);

export const Employee = model('Employee', employeeSchema);
