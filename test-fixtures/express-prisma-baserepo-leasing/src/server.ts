import { app } from './app';
import { config } from './lib/config';

app.listen(config.port, () => {
  console.log(`leasedesk api on :${config.port}`);
});
