// the same shape written as an assigned function expression, with a prototype object
var WatchlistDAO = function (db) {
  this.col = db.collection('watchlists');
};

WatchlistDAO.prototype = {
  symbolsFor: function (ownerId) {
    // ok: unscoped-tenant-query
    return this.col.find({ ownerId: ownerId }).project({ symbols: 1 }).toArray();
  },
  replace: function (ownerId, symbols) {
    return this.col.updateOne({ ownerId: ownerId }, { $set: { symbols: symbols } }, { upsert: true });
  },
};

module.exports = WatchlistDAO;
