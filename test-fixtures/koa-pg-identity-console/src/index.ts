import initApis from './routes/init.js';

const port = Number(process.env.PORT ?? 3002);
initApis().listen(port, () => console.log(`management API on :${port}`));
