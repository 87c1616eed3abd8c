import { Model } from 'objection';

export class Lab extends Model {
  static tableName = 'labs';
  id!: number;
  name!: string;
}

export class User extends Model {
  static tableName = 'users';
  id!: number;
  lab_id!: number;
  email!: string;
  password_hash!: string;
  role!: 'technician' | 'pathologist' | 'lab_admin';
}

export class TestType extends Model {
  static tableName = 'test_types';
  id!: number;
  code!: string;
  name!: string;
}

export class Sample extends Model {
  static tableName = 'samples';
  id!: number;
  lab_id!: number;
  barcode!: string;
  patient_ref!: string;
  status!: string;

  static relationMappings = () => ({
    results: { relation: Model.HasManyRelation, modelClass: Result, join: { from: 'samples.id', to: 'results.sample_id' } },
  });
}

export class Result extends Model {
  static tableName = 'results';
  id!: number;
  lab_id!: number;
  sample_id!: number;
  analyte!: string;
  value!: number;
  unit!: string;
  share_token!: string | null;
  approved_by!: number | null;
}

export class Instrument extends Model {
  static tableName = 'instruments';
  id!: number;
  lab_id!: number;
  name!: string;
  serial!: string;
  status!: string;
}

export class Attachment extends Model {
  static tableName = 'attachments';
  id!: number;
  lab_id!: number;
  sample_id!: number;
  path!: string;
  filename!: string;
}
