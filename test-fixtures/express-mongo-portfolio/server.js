const express = require('express');
const { MongoClient } = require('mongodb');
const routes = require('./app/routes');

MongoClient.connect(process.env.MONGODB_URI).then((client) => {
  const db = client.db('portfolio');
  const app = express();
  app.use(express.json());
  routes(app, db);
  app.listen(process.env.PORT || 4000);
});
