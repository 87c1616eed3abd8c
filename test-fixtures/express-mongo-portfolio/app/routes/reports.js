// report runners, registered by name
module.exports = (db) => ({
  rebalance: async (req, res) => {
    await db.collection('jobs').insertOne({ kind: 'rebalance', requestedAt: new Date() });
    res.status(202).end();
  },
  dividends: async (req, res) => {
    await db.collection('jobs').insertOne({ kind: 'dividends', requestedAt: new Date() });
    res.status(202).end();
  },
});
