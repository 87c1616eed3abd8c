'use strict';
const BaseRepository = require('./BaseRepository');
const { Vehicle, WorkOrder, Driver } = require('../models');

class VehicleRepository extends BaseRepository {
  constructor() {
    super(Vehicle);
  }

  fleetOf(companyId) {
    // ok: unscoped-tenant-query
    return this.model.findAll({ where: { companyId }, order: [['plate', 'ASC']] });
  }

  byPlate(plate) {
    // expect: unscoped-tenant-query
    return this.model.findOne({ where: { plate } });
  }
}

module.exports = {
  vehicles: new VehicleRepository(),
  workOrders: new BaseRepository(WorkOrder),
  drivers: new BaseRepository(Driver),
};
