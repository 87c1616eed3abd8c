'use strict';

/** Thin CRUD layer shared by every collection. */
class BaseRepository {
  constructor(model) {
    this.model = model;
  }

  findById(id) {
    // expect: unscoped-tenant-query
    return this.model.findById(id).lean();
  }

  findOne(filter) {
    // ok: unscoped-tenant-query
    return this.model.findOne(filter).lean();
  }

  find(filter = {}) {
    // ok: unscoped-tenant-query
    return this.model.find(filter).sort({ _id: -1 }).lean();
  }

  create(doc) {
    return this.model.create(doc);
  }

  updateById(id, patch) {
    // expect: unscoped-tenant-query
    return this.model.findByIdAndUpdate(id, patch, { new: true });
  }

  deleteById(id) {
    // expect: unscoped-tenant-query
    return this.model.findByIdAndDelete(id);
  }
}

module.exports = BaseRepository;
