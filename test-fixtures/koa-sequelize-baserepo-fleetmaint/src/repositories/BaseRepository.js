'use strict';

class BaseRepository {
  constructor(model) {
    this.model = model;
  }

  byPk(id) {
    // expect: unscoped-tenant-query
    return this.model.findByPk(id);
  }

  oneWhere(where) {
    // ok: unscoped-tenant-query
    return this.model.findOne({ where });
  }

  all(where) {
    // ok: unscoped-tenant-query
    return this.model.findAll({ where, limit: 500 });
  }

  create(values) {
    return this.model.create(values);
  }

  patch(id, values) {
    // expect: unscoped-tenant-query
    return this.model.update(values, { where: { id } });
  }

  destroy(companyId, id) {
    // ok: unscoped-tenant-query
    return this.model.destroy({ where: { id, companyId } });
  }
}

module.exports = BaseRepository;
