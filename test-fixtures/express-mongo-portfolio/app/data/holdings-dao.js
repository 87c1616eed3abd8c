const { ObjectId } = require('mongodb');

// data access object in the pre-class style: methods hung on `this` in the constructor
function HoldingsDAO(db) {
  if (!(this instanceof HoldingsDAO)) {
    return new HoldingsDAO(db);
  }
  this.db = db;
  const holdings = db.collection('holdings');

  this.listForOwner = function (ownerId, callback) {
    // expect: unscoped-tenant-query
    holdings.find({ ownerId: ownerId }).sort({ symbol: 1 }).toArray(callback);
  };

  this.findOne = function (holdingId, ownerId, callback) {
    // ok: unscoped-tenant-query
    holdings.findOne({ _id: new ObjectId(holdingId), ownerId: ownerId }, callback);
  };

  this.addLot = function (ownerId, lot, callback) {
    holdings.insertOne({ ownerId: ownerId, symbol: lot.symbol, shares: lot.shares, createdAt: new Date() }, callback);
  };
}

// and on the prototype, for methods shared by every instance
HoldingsDAO.prototype.close = function (holdingId, callback) {
  // expect: unscoped-tenant-query
  return this.db.collection('holdings').deleteOne({ _id: new ObjectId(holdingId) }, callback);
};

module.exports = { HoldingsDAO };
