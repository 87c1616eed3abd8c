'use strict';

class BaseService {
  constructor(repository) {
    this.repository = repository;
  }

  get(id) {
    return this.repository.findById(id);
  }

  listForSchool(schoolId) {
    return this.repository.find({ school: schoolId });
  }

  update(id, patch) {
    return this.repository.updateById(id, patch);
  }
}

module.exports = BaseService;
